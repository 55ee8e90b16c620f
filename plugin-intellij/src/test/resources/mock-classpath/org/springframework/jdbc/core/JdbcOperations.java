package org.springframework.jdbc.core;

import java.util.List;
import java.util.Map;

public interface JdbcOperations {
    <T> List<T> query(String sql, RowMapper<T> rowMapper);
    <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args);
    <T> T queryForObject(String sql, Class<T> requiredType);
    <T> T queryForObject(String sql, Class<T> requiredType, Object... args);
    List<Map<String, Object>> queryForList(String sql);
    List<Map<String, Object>> queryForList(String sql, Object... args);
    int update(String sql);
    int update(String sql, Object... args);
    void execute(String sql);
    int[] batchUpdate(String... sql);
}
