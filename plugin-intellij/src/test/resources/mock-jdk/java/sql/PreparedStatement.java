package java.sql;

public interface PreparedStatement extends Statement {
    ResultSet executeQuery() throws SQLException;
    int executeUpdate() throws SQLException;
    void setString(int index, String value) throws SQLException;
    void setInt(int index, int value) throws SQLException;
    void setLong(int index, long value) throws SQLException;
    void setObject(int index, Object value) throws SQLException;
}
