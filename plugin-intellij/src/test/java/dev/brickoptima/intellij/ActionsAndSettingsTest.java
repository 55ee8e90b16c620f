package dev.brickoptima.intellij;

import com.intellij.psi.PsiFile;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Analyze actions' analysis (the UI part needs a running IDE) and the settings-to-configuration mapping. */
class ActionsAndSettingsTest {
    static CoreJavaEnvironment env;

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment();
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    @Test
    void analyzeSqlAtCaretUsesTheWholeConcatenation() {
        String text = "class D { void f(java.sql.Statement st, String t) throws Exception {\n"
            + "  st.executeQuery(\"SELECT * FROM \" + t + \" WHERE x = NULL\");\n} }";
        PsiFile f = env.parse("D.java", text);
        String out = AnalyzeSqlAction.analyzeAt(f, text.indexOf("WHERE"), env.project);
        assertThat(out).startsWith("SQL at D.java:\n2 findings\n");
        assertThat(out).contains("WARNING  select-star  line 2, column 27", "WARNING  null-comparison", "at: x = NULL", "why: ");
        assertThat(AnalyzeSqlAction.analyzeAt(f, 2, env.project)).startsWith("Put the caret on a SQL string literal");
    }

    @Test
    void analyzeSqlFileAndSelection() {
        PsiFile sql = com.intellij.psi.PsiFileFactory.getInstance(env.project)
            .createFileFromText("q.sql", com.intellij.openapi.fileTypes.PlainTextFileType.INSTANCE, "SELECT a FROM t;\nDELETE FROM t;");
        String out = AnalyzeSqlAction.analyzeAt(sql, 0, env.project);
        assertThat(out).startsWith("q.sql:\n1 finding\n").contains("delete-update-without-where  line 2, column 1");
        assertThat(AnalyzeSqlAction.analyzeText("Selection", "SELECT a FROM t", env.project, null)).isEqualTo("Selection:\nNo problems found.\n\n");
    }

    @Test
    void analyzePlanTextFindsTheCartesianProduct() throws Exception {
        String plan = Files.readString(Path.of(getClass().getResource("/plans/cartesian-product.txt").toURI()));
        String out = AnalyzePlanAction.analyze(plan, "clipboard", env.project);
        assertThat(out).startsWith("Spark plan from the clipboard:").contains("plan-cartesian-product  (operator 5)");
        assertThat(AnalyzePlanAction.analyze(" ", "clipboard", env.project)).startsWith("Select Spark plan text");
        assertThat(AnalyzePlanAction.analyze("hello world", "selection", env.project)).doesNotContain("Exception in");
    }

    @Test
    void settingsBecomeTheAnalyzerConfiguration() {
        BrickOptimaSettings.Settings s = new BrickOptimaSettings.Settings();
        s.dialect = "postgres";
        s.profiles = "read-only, strict";
        s.disabledRules = "select-star\nnull-comparison";
        s.thresholds = "large-in-list.max = 50\n# comment\n";
        s.partitionColumns = "sales: day, region\nlogs.events: dt";
        List<String> problems = new ArrayList<>();
        AnalyzerConfig c = BrickOptimaSettings.build(s, problems);
        assertThat(problems).isEmpty();
        assertThat(c.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(c.profiles()).containsExactly("read-only", "strict");
        assertThat(c.disabledRules()).containsExactly("select-star", "null-comparison");
        assertThat(c.threshold("large-in-list", "max", 0)).isEqualTo(50.0);
        assertThat(c.partitionColumnsOf("sales")).containsExactly("day", "region");
        assertThat(c.partitionColumnsOf("logs.events")).containsExactly("dt");

        s.dialect = "oracle";
        s.thresholds = "nonsense\nx.y = many";
        s.partitionColumns = "no colon here";
        s.thresholds = "nonsense\nx.y = many\nlarge-in-list.max = 2.5";
        assertThat(BrickOptimaSettings.problems(s)).containsExactly(
            "unknown dialect 'oracle' (spark, databricks, postgres, ansi, mysql, sqlserver, hive)", "threshold 'nonsense' is not 'rule-id.name = value'",
            "threshold 'x.y = many': unknown rule id 'x' (see 'brickoptima rules')",
            "threshold 'large-in-list.max = 2.5' must be a whole number (count)",
            "partition columns 'no colon here' is not 'table: col1, col2'");
    }

    @Test
    void settingsChangesInvalidateTheCachedConfiguration() {
        BrickOptimaSettings settings = new BrickOptimaSettings();
        AnalyzerConfig before = settings.config();
        long v = settings.version();
        settings.disableRule("select-star");
        assertThat(settings.version()).isGreaterThan(v);
        assertThat(settings.config()).isNotSameAs(before);
        assertThat(settings.config().disabledRules()).containsExactly("select-star");
    }
}
