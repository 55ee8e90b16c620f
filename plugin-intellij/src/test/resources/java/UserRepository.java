package com.example.repo;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Select;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;

public class UserRepository {
    private final JdbcTemplate jdbc;
    private final EntityManager em;

    UserRepository(JdbcTemplate jdbc, EntityManager em) {
        this.jdbc = jdbc;
        this.em = em;
    }

    @Query(value = "SELECT * FROM users WHERE status = NULL", nativeQuery = true)
    List<Object> inactive() {
        return null;
    }

    @Query("SELECT u FROM User u WHERE u.status = NULL")
    List<Object> jpql() {
        return null;
    }

    @Select("SELECT id, name FROM users WHERE id = #{id} AND name = NULL")
    Object byId(long id) {
        return null;
    }

    @Select("SELECT id FROM users WHERE name = '${name}' ORDER BY ${column}")
    List<Object> byName(String name, String column) {
        return null;
    }

    List<Map<String, Object>> byEmail(String email) {
        return jdbc.queryForList("SELECT id, name FROM users WHERE email = '" + email + "'");
    }

    int rename(long id, String name) {
        return jdbc.update("UPDATE users SET name = '" + name + "' WHERE id = " + id);
    }

    List<?> search(String pattern) {
        return em.createNativeQuery("SELECT id FROM users WHERE name LIKE '%" + pattern + "%'").getResultList();
    }

    void cleanup() {
        jdbc.execute("DELETE FROM audit_log");
    }
}
