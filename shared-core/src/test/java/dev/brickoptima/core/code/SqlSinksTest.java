package dev.brickoptima.core.code;

import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSinksTest {

    @Test
    void jdbcStatementMethodsExecuteAndConnectionPrepares() {
        SqlSink q = SqlSinks.method("java.sql.Statement", "executeQuery", 0);
        assertThat(q).isNotNull();
        assertThat(q.executes()).isTrue();
        assertThat(q.bind()).isEqualTo(SqlSink.Bind.PREPARED_STATEMENT);
        assertThat(SqlSinks.method("java.sql.PreparedStatement", "addBatch", 0)).isNotNull();
        assertThat(SqlSinks.method("java.sql.Statement", "executeQuery", 1)).isNull();
        SqlSink p = SqlSinks.method("java.sql.Connection", "prepareStatement", 0);
        assertThat(p.executes()).isFalse();
        assertThat(p.use()).isEqualTo(SqlSink.Use.PREPARES);
        assertThat(p.injectable()).isTrue();
        assertThat(SqlSinks.method("java.sql.Connection", "prepareCall", 0)).isNotNull();
        assertThat(SqlSinks.method("java.sql.Connection", "nativeSQL", 0)).isNotNull();
        for (String m : List.of("execute", "executeUpdate", "executeLargeUpdate")) {
            assertThat(SqlSinks.method("java.sql.Statement", m, 0)).as(m).isNotNull();
        }
    }

    @Test
    void sparkSpringJpaJooqSinks() {
        assertThat(SqlSinks.method("org.apache.spark.sql.SparkSession", "sql", 0).bind()).isEqualTo(SqlSink.Bind.OBJECT_ARRAY);
        assertThat(SqlSinks.method("org.apache.spark.sql.SQLContext", "sql", 0)).isNotNull();
        for (String m : List.of("query", "queryForObject", "queryForList", "queryForMap", "queryForRowSet", "update", "batchUpdate", "execute")) {
            assertThat(SqlSinks.method("org.springframework.jdbc.core.JdbcTemplate", m, 0)).as(m).isNotNull();
            assertThat(SqlSinks.method("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate", m, 0)).as(m).isNotNull();
        }
        assertThat(SqlSinks.method("org.springframework.jdbc.core.JdbcTemplate", "query", 0).bind()).isEqualTo(SqlSink.Bind.TRAILING_ARGS);
        assertThat(SqlSinks.method("org.springframework.jdbc.core.JdbcTemplate", "query", 1)).isNull();
        // batchUpdate(String...) : every argument is SQL
        assertThat(SqlSinks.method("org.springframework.jdbc.core.JdbcTemplate", "batchUpdate", 2)).isNotNull();
        assertThat(SqlSinks.method("jakarta.persistence.EntityManager", "createNativeQuery", 0).bind()).isEqualTo(SqlSink.Bind.SET_PARAMETER);
        assertThat(SqlSinks.method("javax.persistence.EntityManager", "createNativeQuery", 0)).isNotNull();
        // JPQL is not SQL: checked for injection, not by the SQL rules
        assertThat(SqlSinks.method("javax.persistence.EntityManager", "createQuery", 0).shape()).isEqualTo(SqlSink.Shape.JPQL);
        assertThat(SqlSinks.method("org.hibernate.Session", "createSQLQuery", 0).shape()).isEqualTo(SqlSink.Shape.STATEMENT);
        assertThat(SqlSinks.method("org.hibernate.query.QueryProducer", "createNativeQuery", 0).shape()).isEqualTo(SqlSink.Shape.STATEMENT);
        assertThat(SqlSinks.method("org.hibernate.query.QueryProducer", "createSelectionQuery", 0).shape()).isEqualTo(SqlSink.Shape.JPQL);
        assertThat(SqlSinks.method("org.springframework.jdbc.core.simple.JdbcClient", "sql", 0).bind()).isEqualTo(SqlSink.Bind.PARAM_CALLS);
        assertThat(SqlSinks.method("org.apache.spark.sql.SparkSession", "sql", 0).dialect()).isEqualTo(Dialect.SPARK);
        assertThat(SqlSinks.method("java.sql.Statement", "executeQuery", 0).dialect()).isNull(); // the project's database
        assertThat(SqlSinks.method("org.jooq.DSLContext", "fetch", 0).executes()).isTrue();
        assertThat(SqlSinks.method("org.jooq.DSLContext", "resultQuery", 0).use()).isEqualTo(SqlSink.Use.EMBEDS);
        assertThat(SqlSinks.method("org.jooq.impl.DSL", "field", 0).shape()).isEqualTo(SqlSink.Shape.EXPRESSION);
        assertThat(SqlSinks.method("org.jooq.impl.DSL", "condition", 0).shape()).isEqualTo(SqlSink.Shape.CONDITION);
        assertThat(SqlSinks.method("org.jooq.impl.DSL", "sql", 0).shape()).isEqualTo(SqlSink.Shape.FRAGMENT);
    }

    @Test
    void unrelatedClassesAndNamesAreNotSinks() {
        assertThat(SqlSinks.method("com.example.Dao", "executeQuery", 0)).isNull();
        assertThat(SqlSinks.method((String) null, "executeQuery", 0)).isNull();
        assertThat(SqlSinks.isCandidateMethodName("executeQuery")).isTrue();
        assertThat(SqlSinks.isCandidateMethodName("println")).isFalse();
        // supertypes tried in order
        assertThat(SqlSinks.method(List.of("com.example.MyTemplate", "org.springframework.jdbc.core.JdbcOperations"), "update", 0)).isNotNull();
    }

    @Test
    void annotations() {
        SqlSink q = SqlSinks.annotation("org.springframework.data.jpa.repository.Query", "value");
        assertThat(q.requiredAttribute()).isEqualTo("nativeQuery");
        assertThat(q.injectable()).isFalse();
        SqlSink s = SqlSinks.annotation("org.apache.ibatis.annotations.Select", null);
        assertThat(s.placeholders()).isEqualTo(SqlSink.Placeholders.MYBATIS);
        assertThat(SqlSinks.annotation("org.apache.ibatis.annotations.Select", "databaseId")).isNull();
        assertThat(SqlSinks.isSqlAnnotation("org.apache.ibatis.annotations.Delete")).isTrue();
        assertThat(SqlSinks.isSqlAnnotation("org.springframework.stereotype.Repository")).isFalse();
        assertThat(SqlSinks.annotationSimpleNames()).contains("Query", "Select", "Update", "Insert", "Delete");
    }

    @Test
    void myBatisPlaceholdersSplit() {
        List<MyBatisText.Piece> p = MyBatisText.split("SELECT * FROM t WHERE id = #{id} ORDER BY ${col}");
        assertThat(p).extracting(MyBatisText.Piece::kind).containsExactly(
            MyBatisText.Kind.LITERAL, MyBatisText.Kind.BIND, MyBatisText.Kind.LITERAL, MyBatisText.Kind.SUBSTITUTION);
        assertThat(p.get(1).start()).isEqualTo(27);
        assertThat(p.get(1).end()).isEqualTo(32);
        assertThat(MyBatisText.split("no placeholders")).hasSize(1);
    }
}
