package org.springframework.jdbc.core;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Stand-in for Spring's RowMapper. */
public interface RowMapper<T> {
    T mapRow(ResultSet rs, int rowNum) throws SQLException;
}
