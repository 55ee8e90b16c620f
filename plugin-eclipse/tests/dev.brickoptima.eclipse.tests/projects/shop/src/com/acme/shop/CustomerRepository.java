package com.acme.shop;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** Customers, read with Spring's JdbcTemplate. */
public class CustomerRepository {
    private final JdbcTemplate jdbc;

    public CustomerRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> namesIn(String city) {
        return jdbc.query("SELECT name FROM customers WHERE city = '" + city + "'", (rs, row) -> rs.getString(1));
    }
}
