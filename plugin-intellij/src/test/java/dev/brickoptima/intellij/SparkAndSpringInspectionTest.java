package dev.brickoptima.intellij;

import com.intellij.psi.PsiFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.brickoptima.intellij.JdbcDaoInspectionTest.apply;
import static dev.brickoptima.intellij.JdbcDaoInspectionTest.source;
import static org.assertj.core.api.Assertions.assertThat;

/** A Spark job and a Spring repository: sinks, constants, annotations, and the bind-parameter fixes per framework. */
class SparkAndSpringInspectionTest {

    @BeforeAll
    static void setUp() {
        JdbcDaoInspectionTest.env = new CoreJavaEnvironment();
    }

    @AfterAll
    static void tearDown() {
        JdbcDaoInspectionTest.env.close();
    }

    private static PsiFile parse(String name) {
        return JdbcDaoInspectionTest.env.parse(name, source(name));
    }

    @Test
    void sparkJobConstantsAreAnalysedWhereTheyAreUsedAndDeclared() {
        String text = source("SalesReportJob.java");
        PsiFile f = parse("SalesReportJob.java");
        Problems p = JdbcDaoInspectionTest.rules(f);
        // the constant RAW is SQL by the heuristic where it is declared, and at spark.sql(RAW) where it is used:
        // there the finding covers the constant's name
        assertThat(p.summaries()).containsExactlyInAnyOrder(
            "SELECT * reads every column; list the columns the query needs [select-star] | *",
            "SELECT * reads every column; list the columns the query needs [select-star] | RAW");
        assertThat(p.highlighting("RAW").start()).isEqualTo(text.indexOf("spark.sql(RAW)") + 10);
    }

    @Test
    void sparkInjectionFixPassesAnObjectArray() {
        PsiFile f = parse("SalesReportJob.java");
        Problems p = JdbcDaoInspectionTest.injection(f);
        // int limit is not a risk
        assertThat(p.summaries()).containsExactly(
            "SQL injection risk: 'region' is concatenated into SQL that SparkSession.sql runs; pass it as a bind parameter [sql-injection] | region");
        apply(p.all().get(0), "Pass the value as a bind parameter");
        assertThat(f.getText()).contains("return spark.sql(\"SELECT region, amount FROM sales WHERE region = ?\", new Object[] {region});");
        assertThat(JdbcDaoInspectionTest.injection(f).all()).isEmpty();
    }

    @Test
    void springRepositoryNativeQueriesAndMyBatisAreAnalysedJpqlIsNot() {
        String text = source("UserRepository.java");
        PsiFile f = parse("UserRepository.java");
        Problems p = JdbcDaoInspectionTest.rules(f);
        assertThat(p.summaries()).containsExactly(
            "SELECT * reads every column; list the columns the query needs [select-star] | *",
            "'status = NULL' is never true; use IS NULL [null-comparison] | status = NULL",
            "'name = NULL' is never true; use IS NULL [null-comparison] | name = NULL",
            "ORDER BY without LIMIT sorts the whole result globally (range shuffle and sort of every row) [order-by-without-limit] | ORDER BY",
            "LIKE pattern '%__1%' on name starts with a wildcard: every row is scanned, no index or file skipping [leading-wildcard-like] | '%\" + pattern + \"%'",
            "DELETE without WHERE removes every row of audit_log [delete-update-without-where] | DELETE FROM audit_log");
        assertThat(p.highlighting("name = NULL").start()).isEqualTo(text.indexOf("name = NULL"));
    }

    @Test
    void jdbcTemplateFixAppendsArgumentsAndJpaFixChainsSetParameter() {
        PsiFile f = parse("UserRepository.java");
        Problems p = JdbcDaoInspectionTest.injection(f);
        assertThat(p.summaries()).containsExactly(
            "SQL injection risk: ${name} pastes the value into the SQL text; bind it with #{name} [sql-injection] | ${name}",
            "SQL injection risk: ${column} pastes the value into the SQL text; bind it with #{column} [sql-injection] | ${column}",
            "SQL injection risk: 'email' is concatenated into SQL that JdbcOperations.queryForList runs; pass it as a bind parameter [sql-injection] | email",
            "SQL injection risk: 'name' is concatenated into SQL that JdbcOperations.update runs; pass it as a bind parameter [sql-injection] | name",
            "SQL injection risk: 'pattern' is concatenated into SQL that EntityManager.createNativeQuery runs; pass it as a bind parameter [sql-injection] | pattern");
        // a value can be bound; a column name cannot, so ${column} gets no fix
        apply(p.highlighting("${name}"), "Bind with #{name}");
        assertThat(f.getText()).contains("@Select(\"SELECT id FROM users WHERE name = #{name} ORDER BY ${column}\")");
        assertThat(p.highlighting("${column}").descriptor().getFixes()).isEmpty();
        apply(p.highlighting("email"), "Pass the value as a bind parameter");
        assertThat(f.getText()).contains("return jdbc.queryForList(\"SELECT id, name FROM users WHERE email = ?\", email);");
        apply(JdbcDaoInspectionTest.injection(f).highlighting("name"), "Pass the value as a bind parameter");
        // the number stays bound too, in placeholder order
        assertThat(f.getText()).contains("return jdbc.update(\"UPDATE users SET name = ? WHERE id = ?\", name, id);");
        apply(JdbcDaoInspectionTest.injection(f).highlighting("pattern"), "Pass the value as a bind parameter");
        assertThat(f.getText()).contains(
            "return em.createNativeQuery(\"SELECT id FROM users WHERE name LIKE ?1\").setParameter(1, \"%\" + pattern + \"%\").getResultList();");
        assertThat(JdbcDaoInspectionTest.injection(f).summaries()).containsExactly(
            "SQL injection risk: ${column} pastes the value into the SQL text; bind it with #{column} [sql-injection] | ${column}");
    }
}
