package org.springframework.jdbc.core;

import java.util.List;

/** Stand-in for Spring's JdbcOperations with the signatures the sample DAO calls. */
public interface JdbcOperations {
    <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args);

    int update(String sql, Object... args);
}
