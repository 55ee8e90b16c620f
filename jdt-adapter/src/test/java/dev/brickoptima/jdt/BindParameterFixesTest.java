package dev.brickoptima.jdt;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.finding.Fix;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The injection check and its bind fix for each kind of sink: MyBatis {@code ${}} (quoted, in an array-valued
 * annotation, in a {@code <script>}), JdbcTemplate trailing arguments, JdbcClient {@code param}, Spark's
 * {@code Object[]}, JPA's numbered {@code setParameter}, and where no fix is offered (an existing placeholder, named
 * parameters, an argument list that is not the SQL alone, a column name). Resolved by name (no classpath).
 */
class BindParameterFixesTest {
    private static final String SRC = """
        import org.apache.ibatis.annotations.Param;
        import org.apache.ibatis.annotations.Select;
        import org.apache.ibatis.annotations.Update;
        import org.springframework.jdbc.core.JdbcTemplate;
        import org.springframework.jdbc.core.simple.JdbcClient;
        import org.apache.spark.sql.SparkSession;
        import jakarta.persistence.EntityManager;

        interface M {
            @Select("SELECT a FROM t WHERE name = '${name}' AND id = #{id}")
            String a(@Param("name") String name, int id);

            @Select({"SELECT a FROM t", "WHERE n = ${n} ORDER BY ${col}"})
            String b(@Param("n") int n, @Param("col") String col);

            @Update("<script>UPDATE t <set> a = ${v} </set></script>")
            void c(String v);
        }

        class D {
            JdbcTemplate jdbc; JdbcClient client; SparkSession spark; EntityManager em;

            void f(String p, String q, int n) {
                jdbc.query("SELECT a FROM t WHERE x = '" + p + "' AND y = ?", null, n);
                jdbc.update("UPDATE t SET a = 1 WHERE x = '" + p + "' AND z LIKE '" + q + "%'");
                client.sql("SELECT a FROM t WHERE x = :x AND y = '" + p + "'");
                client.sql("SELECT a FROM t WHERE y = '" + p + "'").query();
                spark.sql("SELECT a FROM t WHERE y = '" + p + "'", java.util.Map.of());
                spark.sql("SELECT a FROM t WHERE y = '" + p + "' AND n = " + n);
                em.createNativeQuery("SELECT a FROM t WHERE y = '" + p + "' AND z = " + q);
                em.createQuery("SELECT o FROM Order o WHERE o.y = '" + p + "'");
            }
        }
        """;

    private static final String RISK = "SQL injection risk: ";

    /** Each injection finding: its place, text and message, then the line each of its fixes rewrites. */
    private static List<String> injections() {
        List<String> out = new ArrayList<>();
        for (CodeFinding f : JavaSnippets.analyze(SRC)) {
            if (!f.ruleId().equals("sql-injection")) continue;
            out.add(JavaSnippets.describe(List.of(f), SRC).get(0).substring("sql-injection ".length()));
            for (Fix fix : f.edits()) {
                String fixed = fix.applyTo(SRC);
                int line = f.finding().location().line() - 1;
                out.add("  " + fix.description() + ": " + fixed.split("\n")[line].strip());
            }
        }
        return out;
    }

    @Test
    void eachSinkGetsTheBindFixItSupports() {
        assertThat(injections()).containsExactly(
            "10:44-51 '${name}' " + RISK + "${name} pastes the value into the SQL text; bind it with #{name}",
            "  Bind with #{name}: @Select(\"SELECT a FROM t WHERE name = #{name} AND id = #{id}\")",
            // an int is safe; a column name cannot be bound
            "13:58-64 '${col}' " + RISK + "${col} pastes the value into the SQL text; bind it with #{col}",
            "16:41-45 '${v}' " + RISK + "${v} pastes the value into the SQL text; bind it with #{v}",
            "  Bind with #{v}: @Update(\"<script>UPDATE t <set> a = #{v} </set></script>\")",
            // a placeholder after the value: new parameters cannot come before it
            "24:52-53 'p' " + RISK + "'p' is concatenated into SQL that JdbcOperations.query runs; pass it as a bind parameter",
            "25:56-57 'p' " + RISK + "'p' is concatenated into SQL that JdbcOperations.update runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: jdbc.update(\"UPDATE t SET a = 1 WHERE x = ? AND z LIKE ?\", p, q + \"%\");",
            "25:79-80 'q' " + RISK + "'q' is concatenated into SQL that JdbcOperations.update runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: jdbc.update(\"UPDATE t SET a = 1 WHERE x = ? AND z LIKE ?\", p, q + \"%\");",
            // JdbcClient binds named or positional parameters, not both
            "26:63-64 'p' " + RISK + "'p' is concatenated into SQL that JdbcClient.sql runs; pass it as a bind parameter",
            "27:52-53 'p' " + RISK + "'p' is concatenated into SQL that JdbcClient.sql runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: client.sql(\"SELECT a FROM t WHERE y = ?\").param(p).query();",
            // spark.sql(text, map): the arguments are taken
            "28:51-52 'p' " + RISK + "'p' is concatenated into SQL that SparkSession.sql runs; pass it as a bind parameter",
            "29:51-52 'p' " + RISK + "'p' is concatenated into SQL that SparkSession.sql runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: spark.sql(\"SELECT a FROM t WHERE y = ? AND n = ?\", new Object[] {p, n});",
            "30:62-63 'p' " + RISK + "'p' is concatenated into SQL that EntityManager.createNativeQuery runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: em.createNativeQuery(\"SELECT a FROM t WHERE y = ?1 AND z = ?2\").setParameter(1, p).setParameter(2, q);",
            "30:81-82 'q' " + RISK + "'q' is concatenated into SQL that EntityManager.createNativeQuery runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: em.createNativeQuery(\"SELECT a FROM t WHERE y = ?1 AND z = ?2\").setParameter(1, p).setParameter(2, q);",
            // JPQL: injection only
            "31:64-65 'p' " + RISK + "'p' is concatenated into SQL that EntityManager.createQuery runs; pass it as a bind parameter",
            "  Pass the concatenated values as bind parameters: em.createQuery(\"SELECT o FROM Order o WHERE o.y = ?1\").setParameter(1, p);");
    }

    @Test
    void theSqlRulesSkipJpqlAndMyBatisScripts() {
        assertThat(JavaSnippets.analyze(SRC)).filteredOn(f -> !f.ruleId().equals("sql-injection"))
            .extracting(f -> f.ruleId() + " " + f.finding().location().line()).containsExactly("order-by-without-limit 13");
    }
}
