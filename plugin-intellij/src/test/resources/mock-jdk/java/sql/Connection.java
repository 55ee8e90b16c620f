package java.sql;

public interface Connection {
    Statement createStatement() throws SQLException;
    PreparedStatement prepareStatement(String sql) throws SQLException;
    PreparedStatement prepareCall(String sql) throws SQLException;
    String nativeSQL(String sql) throws SQLException;
}
