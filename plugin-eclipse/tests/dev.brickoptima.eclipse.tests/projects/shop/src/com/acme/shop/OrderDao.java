package com.acme.shop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Orders in the shop database, read and written with plain JDBC. */
public class OrderDao {
    private static final String ALL_ORDERS = "SELECT * FROM orders";

    private final Connection connection;

    public OrderDao(Connection connection) {
        this.connection = connection;
    }

    public List<Long> allOrderIds() throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(ALL_ORDERS)) {
            while (rs.next()) ids.add(rs.getLong(1));
        }
        return ids;
    }

    public ResultSet ordersOf(String customer) throws SQLException {
        Statement st = connection.createStatement();
        return st.executeQuery("SELECT id, total FROM orders WHERE customer = '" + customer + "'");
    }

    public ResultSet ordersAbove(int minimum) throws SQLException {
        Statement st = connection.createStatement();
        return st.executeQuery("SELECT id, total FROM orders WHERE total > " + minimum);
    }

    public int purgeCancelled() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM orders WHERE cancelled_at = NULL")) {
            return ps.executeUpdate();
        }
    }

    public int archiveAll() throws SQLException {
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate("DELETE FROM orders");
        }
    }

    public ResultSet search(String status, boolean onlyOpen) throws SQLException {
        String sql = "SELECT id FROM orders WHERE status = ?";
        if (onlyOpen) sql += " AND closed = 0";
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.setString(1, status);
        return ps.executeQuery();
    }

    public ResultSet rushOrders() throws SQLException {
        Statement st = connection.createStatement();
        return st.executeQuery("SELECT id FROM orders WHERE note = \"rush\" AND shipped_at = NULL");
    }
}
