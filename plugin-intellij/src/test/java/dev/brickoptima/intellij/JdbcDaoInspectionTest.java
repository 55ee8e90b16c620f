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

    /** Applies a quick fix the way the IDE does: in a command, in a write action (unless the fix says otherwise). */
    static void apply(Problems.Problem p, String fixName) {
        for (QuickFix<?> q : p.descriptor().getFixes()) {
            LocalQuickFix fix = (LocalQuickFix) q;
            if (!fix.getName().equals(fixName)) continue;
            RuntimeException[] failure = new RuntimeException[1];
            CommandProcessor.getInstance().executeCommand(env.project, () -> {
                try {
                    if (fix.startInWriteAction()) ApplicationManager.getApplication().runWriteAction(() -> fix.applyFix(env.project, p.descriptor()));
                    else fix.applyFix(env.project, p.descriptor());
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            }, fixName, null);
            if (failure[0] != null) throw failure[0];
            return;
        }
        throw new AssertionError("no fix '" + fixName + "' on " + p);
    }

    static String fixNames(Problems.Problem p) {
        StringBuilder sb = new StringBuilder();
        for (QuickFix<?> q : p.descriptor().getFixes()) sb.append(q.getName()).append('\n');
        return sb.toString();
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
            // SQL in a local variable is analysed once, where it is written
            "SELECT * reads every column; list the columns the query needs [select-star] | *");
        assertThat(p.all().get(3).start()).isEqualTo(text.indexOf("\"SELECT * FROM users WHERE email") + 8);
        assertThat(p.withRule("select-star").start()).isEqualTo(text.indexOf("SELECT * FROM users") + 7);
        assertThat(p.withRule("select-star").type()).isEqualTo("WARNING");
        assertThat(p.withRule("null-comparison").type()).isEqualTo("GENERIC_ERROR");
    }

    @Test
    void injectionIsReportedForStringsNotForNumbers() {
        String text = source("JdbcUserDao.java");
        PsiFile f = env.parse("JdbcUserDao.java", text);
        Problems p = injection(f);
        assertThat(p.summaries()).containsExactly(
            "SQL injection risk: 'name' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter [sql-injection] | name",
            "SQL injection risk: 'email' is concatenated into SQL that Statement.executeQuery runs; pass it as a bind parameter [sql-injection] | email");
        assertThat(p.all().get(0).start()).isEqualTo(text.indexOf("+ name +") + 2);
        // through the local variable sql; the pass-through wrapper run(String sql) is not reported
        assertThat(p.all().get(1).start()).isEqualTo(text.indexOf("+ email +") + 2);
        assertThat(p.all().get(1).descriptor().getFixes()).isEmpty();
        assertThat(p.all().get(0).type()).isEqualTo("GENERIC_ERROR");
    }

    @Test
    void preparedStatementFixBindsTheValueAndKeepsConstantsNamed() {
        PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
        Problems.Problem p = injection(f).highlighting("name");
        apply(p, "Use a PreparedStatement with bind parameters");
        String after = f.getText();
        assertThat(after).contains(
            "        PreparedStatement ps = conn.prepareStatement(\"SELECT \" + USER_COLUMNS + \" FROM \" + TABLE + \" WHERE name = ?\");\n"
                + "        ps.setString(1, name);\n"
                + "        ResultSet rs = ps.executeQuery();");
        // the PSI is consistent and this injection is gone (the one through a local variable stays)
        assertThat(injection(f).summaries()).hasSize(1).noneMatch(s -> s.endsWith("| name"));
        assertThat(env.parse("After.java", after).getText()).isEqualTo(after);
    }

    @Test
    void coreFixIsAppliedInsideTheLiteral() {
        PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
        Problems.Problem p = rules(f).withRule("null-comparison");
        assertThat(fixNames(p)).contains("Suppress 'null-comparison' for this statement", "Disable BrickOptima rule 'null-comparison' in this project");
        String edit = null;
        for (QuickFix<?> q : p.descriptor().getFixes()) if (q instanceof ApplyEditsFix) edit = q.getName();
        assertThat(edit).isNotNull();
        apply(p, edit);
        assertThat(f.getText()).contains("conn.prepareStatement(\"SELECT id FROM users WHERE email IS NULL\")");
        assertThat(rules(f).summaries()).noneMatch(s -> s.contains("null-comparison"));
    }

    @Test
    void suppressForStatementInsertsACommentTheCoreHonours() {
        PsiFile f = env.parse("JdbcUserDao.java", source("JdbcUserDao.java"));
        apply(rules(f).withRule("select-star"), "Suppress 'select-star' for this statement");
        assertThat(f.getText()).contains("st.executeQuery(\"/* brickoptima:ignore select-star */ SELECT * FROM users\")");
        // only the other statement's star is left
        assertThat(rules(f).summaries()).filteredOn(s -> s.contains("select-star")).hasSize(1);
        assertThat(rules(f).withRule("select-star").start()).isGreaterThan(f.getText().indexOf("findByEmail"));
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
        apply(p, fixNamesOf(p, ApplyEditsFix.class));
        assertThat(f.getText()).contains("st.executeQuery(\"SELECT \\\"a\\\"\\tFROM t WHERE b IS NULL\")");
    }

    static String fixNamesOf(Problems.Problem p, Class<?> type) {
        for (QuickFix<?> q : p.descriptor().getFixes()) if (type.isInstance(q)) return q.getName();
        throw new AssertionError("no " + type.getSimpleName() + " on " + p);
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
        PsiFile f = env.parse("C.java", text);
        Problems p = rules(f);
        assertThat(p.summaries()).anyMatch(s -> s.contains("[nesting-too-deep]")).anyMatch(s -> s.contains("[parse-error]"));
    }
}
