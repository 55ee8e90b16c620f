package java.sql;

public interface Statement extends AutoCloseable {
    ResultSet executeQuery(String sql) throws SQLException;
    int executeUpdate(String sql) throws SQLException;
    boolean execute(String sql) throws SQLException;
    long executeLargeUpdate(String sql) throws SQLException;
    void addBatch(String sql) throws SQLException;
    void close() throws SQLException;
}
