package org.springframework.jdbc.core;

import java.util.List;
import java.util.Map;

public class JdbcTemplate implements JdbcOperations {
    public <T> List<T> query(String sql, RowMapper<T> rowMapper) { return null; }
    public <T> List<T> query(String sql, RowMapper<T> rowMapper, Object... args) { return null; }
    public <T> T queryForObject(String sql, Class<T> requiredType) { return null; }
    public <T> T queryForObject(String sql, Class<T> requiredType, Object... args) { return null; }
    public List<Map<String, Object>> queryForList(String sql) { return null; }
    public List<Map<String, Object>> queryForList(String sql, Object... args) { return null; }
    public int update(String sql) { return 0; }
    public int update(String sql, Object... args) { return 0; }
    public void execute(String sql) { }
    public int[] batchUpdate(String... sql) { return null; }
}
