package com.example.dao;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

public class JdbcUserDao {
    private static final String USER_COLUMNS = "id, name, email";
    private static final String TABLE = "users";
    private final Connection conn;

    public JdbcUserDao(Connection conn) {
        this.conn = conn;
    }

    public ResultSet findAll() throws SQLException {
        Statement st = conn.createStatement();
        return st.executeQuery("SELECT * FROM users");
    }

    public ResultSet findByName(String name) throws SQLException {
        Statement st = conn.createStatement();
        ResultSet rs = st.executeQuery("SELECT " + USER_COLUMNS + " FROM " + TABLE + " WHERE name = '" + name + "'");
        return rs;
    }

    public ResultSet findById(long id) throws SQLException {
        Statement st = conn.createStatement();
        return st.executeQuery("SELECT " + USER_COLUMNS + " FROM users WHERE id = " + id);
    }

    public ResultSet findWithoutEmail() throws SQLException {
        PreparedStatement ps = conn.prepareStatement("SELECT id FROM users WHERE email = NULL");
        return ps.executeQuery();
    }

    public int purge() throws SQLException {
        Statement st = conn.createStatement();
        return st.executeUpdate("DELETE FROM sessions");
    }

    public String describe() {
        return "Select a file from the list";
    }

    public ResultSet findByEmail(String email) throws SQLException {
        String sql = "SELECT * FROM users WHERE email = '" + email + "'";
        Statement st = conn.createStatement();
        return st.executeQuery(sql);
    }

    public boolean run(String sql) throws SQLException {
        return conn.createStatement().execute(sql);
    }
}
