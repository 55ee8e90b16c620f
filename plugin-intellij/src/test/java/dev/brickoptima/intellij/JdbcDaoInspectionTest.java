package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.QuickFix;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.command.CommandProcessor;
import com.intellij.psi.PsiFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspections on a JDBC DAO in a headless IntelliJ core environment: ranges, messages, injection, quick fixes. */
class JdbcDaoInspectionTest {
    static CoreJavaEnvironment env;

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment();
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    static String source(String name) {
        try {
            return Files.readString(Path.of(JdbcDaoInspectionTest.class.getResource("/java/" + name).toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Problems rules(PsiFile f) {
        return Problems.of(env.inspect(new BrickOptimaSqlInspection(), f));
    }

    static Problems injection(PsiFile f) {
        return Problems.of(env.inspect(new BrickOptimaSqlInjectionInspection(), f));
    }

    static String fixNames(Problems.Problem p) {
        StringBuilder sb = new StringBuilder();
        for (QuickFix<?> q : p.descriptor().getFixes()) sb.append(q.getName()).append('\n');
        return sb.toString();
    }

    /** The fix, as the IDE applies it (in a command and a write action), by its name. */
    static void apply(Problems.Problem p, String fixName) {
        for (QuickFix<?> q : p.descriptor().getFixes()) {
            LocalQuickFix fix = (LocalQuickFix) q;
            if (!fix.getName().equals(fixName)) continue;
            CommandProcessor.getInstance().executeCommand(env.project, () -> {
                if (fix.startInWriteAction()) ApplicationManager.getApplication().runWriteAction(() -> fix.applyFix(env.project, p.descriptor()));
                else fix.applyFix(env.project, p.descriptor());
            }, fixName, null);
            return;
        }
        throw new AssertionError("no fix '" + fixName + "' on " + p + ": " + fixNames(p));
    }

    @Test
    void sqlRulesHighlightExactlyTheOffendingFragment() {
        String text = source("JdbcUserDao.java");
        PsiFile f = env.parse("JdbcUserDao.java", text);
        Problems p = rules(f);
        assertThat(p.summaries()).containsExactly(
            "SELECT * reads every column; list the columns the query needs [select-star] | *",
            "'email = NULL' is never true; use IS NULL [null-comparison] | email = NULL",
            "DELETE without WHERE removes every row of sessions [delete-update-without-where] | DELETE FROM sessions",
            // SQL in a local variable is analysed once, where it is written; the message names the use
            "SELECT * reads every column; list the columns the query needs (used at line 51) [select-star] | *");
        assertThat(p.all().get(3).start()).isEqualTo(text.indexOf("\"SELECT * FROM users WHERE email") + 8);
        assertThat(p.withRule("select-star").start()).isEqualTo(text.indexOf("SELECT * FROM users") + 7);
        // the level comes from the user's inspection profile, whatever the rule's default severity
        assertThat(p.all()).extracting(Problems.Problem::type).containsOnly("GENERIC_ERROR_OR_WARNING");
    }

    @Test
    void injectionIsReportedForStringsNotForNumbers() {
        String text = source("JdbcUserDao.java");
        Problems p = injection(env.parse("JdbcUserDao.java", text));
        assertThat(p.summaries()).containsExactly(
            "SQL injection risk: 'name' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter [sql-injection] | name",
            "SQL injection risk: 'email' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter (used at line 51) [sql-injection] | email");
        assertThat(p.all().get(0).start()).isEqualTo(text.indexOf("+ name +") + 2);
        assertThat(p.all().get(1).start()).isEqualTo(text.indexOf("+ email +") + 2);
        // through the local variable: no rewrite; the pass-through wrapper run(String sql) is not reported
        assertThat(fixNames(p.all().get(1))).doesNotContain("bind parameters");
        assertThat(p.all().get(0).type()).isEqualTo("GENERIC_ERROR_OR_WARNING");
    }

    @Test
    void preparedStatementFixBindsTheValueKeepsConstantsNamedAndDropsTheStatement() {
        PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
        apply(injection(f).highlighting("name"), "Use a PreparedStatement with bind parameters");
        String after = f.getText();
        assertThat(after).contains("    public ResultSet findByName(String name) throws SQLException {\n"
            + "        PreparedStatement ps = conn.prepareStatement(\"SELECT \" + USER_COLUMNS + \" FROM \" + TABLE + \" WHERE name = ?\");\n"
            + "        ps.setString(1, name);\n"
            + "        ResultSet rs = ps.executeQuery();");
        assertThat(injection(env.parse("After.java", after)).summaries()).hasSize(1).noneMatch(s -> s.endsWith("| name"));
    }

    @Test
    void coreFixIsAppliedInsideTheLiteral() {
        PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
        Problems.Problem p = rules(f).withRule("null-comparison");
        assertThat(fixNames(p)).contains("Replace with 'email IS NULL'", "Suppress 'null-comparison' for this statement",
            "Disable BrickOptima rule 'null-comparison' in this project");
        apply(p, "Replace with 'email IS NULL'");
        assertThat(f.getText()).contains("conn.prepareStatement(\"SELECT id FROM users WHERE email IS NULL\")");
        assertThat(rules(env.parse("After.java", f.getText())).summaries()).noneMatch(s -> s.contains("null-comparison"));
    }

    @Test
    void suppressForStatementWritesTheJavaCommentEveryHostHonours() {
        PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
        apply(rules(f).withRule("select-star"), "Suppress 'select-star' for this statement");
        assertThat(f.getText()).contains("        // brickoptima:ignore select-star\n        return st.executeQuery(\"SELECT * FROM users\");");
        Problems after = rules(env.parse("After.java", f.getText()));
        assertThat(after.summaries()).filteredOn(s -> s.contains("select-star")).hasSize(1);
        assertThat(after.withRule("select-star").start()).isGreaterThan(f.getText().indexOf("findByEmail"));
        // the SQL comment form works in IntelliJ too (it used to be the only one)
        String inSql = source("JdbcUserDao.java").replace("\"SELECT * FROM users\"", "\"/* brickoptima:ignore select-star */ SELECT * FROM users\"");
        assertThat(rules(env.parse("B.java", inSql)).summaries()).filteredOn(s -> s.contains("select-star")).hasSize(1);
    }

    @Test
    void disableRuleSwitchesTheRuleOffForTheProject() {
        BrickOptimaSettings settings = BrickOptimaSettings.getInstance(env.project);
        BrickOptimaSettings.Settings before = settings.copyOfState();
        try {
            PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
            apply(rules(f).withRule("delete-update-without-where"), "Disable BrickOptima rule 'delete-update-without-where' in this project");
            assertThat(settings.disabledRules()).contains("delete-update-without-where");
            assertThat(rules(f).summaries()).hasSize(3).noneMatch(s -> s.contains("delete-update-without-where"));
        } finally {
            settings.update(before);
        }
    }

    @Test
    void rangesAreMappedThroughEscapes() {
        String text = "class A { void f(java.sql.Statement st) throws Exception {\n"
            + "  st.executeQuery(\"SELECT \\\"a\\\"\\tFROM t WHERE b = NULL\");\n} }";
        PsiFile f = env.parse("A.java", text);
        Problems.Problem p = rules(f).withRule("null-comparison");
        assertThat(p.highlighted()).isEqualTo("b = NULL");
        apply(p, "Replace with 'b IS NULL'");
        assertThat(f.getText()).contains("st.executeQuery(\"SELECT \\\"a\\\"\\tFROM t WHERE b IS NULL\")");
    }

    @Test
    void heuristicFindsSqlOutsideSinksAndCanBeSwitchedOff() {
        String text = "class B {\n  static final String Q = \"SELECT * FROM orders WHERE id = ?\";\n"
            + "  String msg = \"Select a file from the list\";\n  String q2 = \"select a from t where x = null\";\n}";
        PsiFile f = env.parse("B.java", text);
        assertThat(rules(f).summaries()).containsExactly(
            "SELECT * reads every column; list the columns the query needs [select-star] | *",
            "'x = null' is never true; use IS NULL [null-comparison] | x = null");
        BrickOptimaSettings settings = BrickOptimaSettings.getInstance(env.project);
        BrickOptimaSettings.Settings before = settings.copyOfState();
        try {
            BrickOptimaSettings.Settings off = settings.copyOfState();
            off.heuristicLiterals = false;
            settings.update(off);
            assertThat(rules(f).all()).isEmpty();
        } finally {
            settings.update(before);
        }
    }

    @Test
    void badInputNeverThrows() {
        StringBuilder deep = new StringBuilder("SELECT ");
        for (int i = 0; i < 400; i++) deep.append('(');
        deep.append('1');
        for (int i = 0; i < 400; i++) deep.append(')');
        String text = "class C { void f(java.sql.Statement st) throws Exception {\n"
            + "  st.execute(\"" + deep + " FROM t\");\n  st.execute(\"SELEC broken ((\");\n  st.execute(\"\");\n} }";
        Problems p = rules(env.parse("C.java", text));
        assertThat(p.summaries()).anyMatch(s -> s.contains("[nesting-too-deep]")).anyMatch(s -> s.contains("[parse-error]"));
    }
}
