package java.sql;

public interface ResultSet {
    boolean next() throws SQLException;
    String getString(int column) throws SQLException;
    long getLong(int column) throws SQLException;
}
