package dev.brickoptima.jvm.config;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.Limits;
import dev.brickoptima.core.config.SinkDeclaration;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.sql.SqlAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every key of brickoptima.yml takes effect, and everything that is not exactly right is an error naming the key
 * (issue 12: configuration that silently turned checks off).
 */
class ConfigFileLoaderTest {
    @TempDir
    Path dir;

    private static AnalyzerConfig config(String yaml) throws ConfigException {
        return ConfigFileLoader.parse(yaml, "brickoptima.yml").build();
    }

    private static String error(String yaml) {
        try {
            ConfigFileLoader.parse(yaml, "brickoptima.yml");
        } catch (ConfigException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + yaml);
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void everyKeyTakesEffectOnTheAnalysis() throws Exception {
        AnalyzerConfig c = config(String.join("\n",
            "dialect: postgres",
            "profiles: [read-only]",
            "rules:",
            "  disable: [select-star]",
            "  severity:",
            "    null-comparison: info",
            "thresholds:",
            "  large-in-list.max: 2",
            "  plan-skew:",
            "    factor: 2.5",
            "  plan-aqe-disabled.onText: true",
            "tables:",
            "  sales:",
            "    partitionColumns: [dt]",
            "limits:",
            "  maxNestingDepth: 40",
            "  statementBudgetMillis: 60000",
            ""));
        assertThat(c.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(c.threshold("plan-skew", "factor", 0)).isEqualTo(2.5);
        assertThat(c.limits()).isEqualTo(new Limits(Limits.DEFAULT.maxInputChars(), Limits.DEFAULT.maxStatementChars(), 40, 60_000)); // a budget the first parse on a loaded CI machine cannot exceed

        // the analysis, not only the configuration object: each setting changes what is reported
        String sql = "SELECT * FROM t WHERE a = NULL;\n"     // select-star disabled; null-comparison as info
            + "DROP TABLE old_orders;\n"                     // read-only profile: destructive-statement
            + "SELECT amount FROM sales;\n"                  // partition column dt: partition-filter-missing
            + "SELECT a FROM t WHERE b IN (1, 2, 3);\n"      // large-in-list.max 2
            + "SELECT a FROM t ORDER BY a;\n";               // postgres: no Spark global-sort finding
        List<Finding> configured = new SqlAnalyzer(c).analyze(sql).findings();
        assertThat(ruleIds(configured)).containsExactly("null-comparison", "destructive-statement", "partition-filter-missing", "large-in-list");
        assertThat(configured.get(0).severity()).isEqualTo(Severity.INFO);
        List<Finding> defaults = new SqlAnalyzer(AnalyzerConfig.defaults()).analyze(sql).findings();
        assertThat(ruleIds(defaults)).contains("select-star", "order-by-without-limit")
            .doesNotContain("destructive-statement", "partition-filter-missing", "large-in-list");
        assertThat(defaults).filteredOn(f -> f.ruleId().equals("null-comparison")).extracting(Finding::severity).containsOnly(Severity.WARNING);

        // a plan threshold: AQE off is reported for pasted text only with onText
        String plan = "== Physical Plan ==\n*(2) HashAggregate(keys=[k#1], functions=[count(1)])\n"
            + "+- Exchange hashpartitioning(k#1, 200), ENSURE_REQUIREMENTS, [id=#7]\n"
            + "   +- *(1) HashAggregate(keys=[k#1], functions=[partial_count(1)])\n"
            + "      +- FileScan parquet db.t[k#1] Batched: true, DataFilters: [], Format: Parquet\n";
        assertThat(ruleIds(new PlanAnalyzer(c).analyze(plan))).contains("plan-aqe-disabled");
        assertThat(ruleIds(new PlanAnalyzer(AnalyzerConfig.defaults()).analyze(plan))).doesNotContain("plan-aqe-disabled");
    }

    @Test
    void enableOnlyAndNestedThresholdsTakeEffect() throws Exception {
        AnalyzerConfig enabled = config("rules:\n  enable: [destructive-statement]\n");
        assertThat(ruleIds(new SqlAnalyzer(enabled).analyze("DROP TABLE t").findings())).containsExactly("destructive-statement");
        AnalyzerConfig only = config("rules:\n  only: [null-comparison]\n");
        assertThat(ruleIds(new SqlAnalyzer(only).analyze("SELECT * FROM t WHERE a = NULL").findings())).containsExactly("null-comparison");
        AnalyzerConfig nested = config("thresholds:\n  large-in-list:\n    max: 1\n");
        assertThat(ruleIds(new SqlAnalyzer(nested).analyze("SELECT a FROM t WHERE b IN (1, 2)").findings())).containsExactly("large-in-list");
    }

    @Test
    void emptyFileAndCommentsOnlyAreTheDefaults() throws Exception {
        assertThat(config("").dialect()).isEqualTo(Dialect.SPARK);
        assertThat(config("# nothing yet\n").limits()).isEqualTo(Limits.DEFAULT);
        assertThat(config("\uFEFFdialect: ansi\n").dialect()).isEqualTo(Dialect.ANSI);
    }

    // --- issue 12: each of these silently turned checks off before ---

    @Test
    void aBudgetThatOverflowsOrIsNotPositiveIsAnError() {
        assertThat(error("limits:\n  statementBudgetMillis: 9223372036854775807\n"))
            .isEqualTo("brickoptima.yml: limits.statementBudgetMillis: must be at most 3600000");
        assertThat(error("limits:\n  statementBudgetMillis: 0\n"))
            .isEqualTo("brickoptima.yml: limits.statementBudgetMillis: must be at least 1");
        assertThat(error("limits:\n  statementBudgetMillis: -5\n"))
            .isEqualTo("brickoptima.yml: limits.statementBudgetMillis: must be at least 1");
        assertThat(error("limits:\n  maxNestingDepth: 100000\n"))
            .isEqualTo("brickoptima.yml: limits.maxNestingDepth: must be at most 500");
        assertThat(error("limits:\n  maxInputChars: 1e999\n")).startsWith("brickoptima.yml: limits.maxInputChars: must be at most");
    }

    @Test
    void anUnknownProfileIsAnError() {
        assertThat(error("profiles: [read-onyl]\n"))
            .isEqualTo("brickoptima.yml: profiles: unknown profile 'read-onyl' (read-only, strict)");
        assertThat(error("profiles: strcit\n")).contains("unknown profile 'strcit'");
    }

    @Test
    void anUnknownThresholdNameIsAnError() {
        assertThat(error("thresholds:\n  large-in-list.maximum: 10\n"))
            .isEqualTo("brickoptima.yml: thresholds.large-in-list.maximum: large-in-list has no threshold 'maximum' (max)");
        assertThat(error("thresholds:\n  select-star.max: 10\n"))
            .isEqualTo("brickoptima.yml: thresholds.select-star.max: select-star has no thresholds");
        assertThat(error("thresholds:\n  no-such-rule.max: 10\n"))
            .isEqualTo("brickoptima.yml: thresholds.no-such-rule.max: unknown rule id 'no-such-rule' (see 'brickoptima rules')");
        assertThat(error("thresholds:\n  plan-skew:\n    fctor: 3\n"))
            .isEqualTo("brickoptima.yml: thresholds.plan-skew.fctor: plan-skew has no threshold 'fctor' (factor, minRecords, minBytes, minMillis, minTasks)");
        assertThat(error("thresholds:\n  max: 10\n")).isEqualTo("brickoptima.yml: thresholds.max: expected <rule-id>.<threshold>, e.g. large-in-list.max");
        // nested: the unknown rule is named at its own key, before any of its thresholds is looked at
        assertThat(error("thresholds:\n  no-such-rule:\n    max: 2\n"))
            .isEqualTo("brickoptima.yml: thresholds.no-such-rule: unknown rule id 'no-such-rule' (see 'brickoptima rules')");
    }

    @Test
    void aStringWhereANumberBelongsAndOtherWrongTypesAreErrors() {
        assertThat(error("limits:\n  maxNestingDepth: deep\n"))
            .isEqualTo("brickoptima.yml: limits.maxNestingDepth: expected a number, got a string ('deep')");
        assertThat(error("limits:\n  statementBudgetMillis: '500'\n"))
            .isEqualTo("brickoptima.yml: limits.statementBudgetMillis: expected a number, got a string ('500')");
        assertThat(error("thresholds:\n  large-in-list.max: lots\n"))
            .isEqualTo("brickoptima.yml: thresholds.large-in-list.max: expected a number, got a string ('lots')");
        assertThat(error("thresholds:\n  large-in-list.max: [1]\n"))
            .isEqualTo("brickoptima.yml: thresholds.large-in-list.max: expected a number, got a list");
        assertThat(error("thresholds:\n  large-in-list.max: true\n"))
            .isEqualTo("brickoptima.yml: thresholds.large-in-list.max: expected a number, got a boolean (true)");
        assertThat(error("thresholds:\n  plan-aqe-disabled.onText: 2\n"))
            .isEqualTo("brickoptima.yml: thresholds.plan-aqe-disabled.onText: must be 0 or 1 (or false/true)");
        assertThat(error("dialect: 5\n")).isEqualTo("brickoptima.yml: dialect: expected a name, got a number (5)");
        assertThat(error("rules:\n  severity:\n    select-star: 2\n"))
            .isEqualTo("brickoptima.yml: rules.severity.select-star: expected a name, got a number (2)");
        assertThat(error("root: yes please\n")).isEqualTo("brickoptima.yml: root: expected true or false, got a string ('yes please')");
    }

    @Test
    void aFractionIsNotTruncatedToAWholeNumber() {
        assertThat(error("limits:\n  maxNestingDepth: 40.5\n"))
            .isEqualTo("brickoptima.yml: limits.maxNestingDepth: must be a whole number");
        assertThat(error("thresholds:\n  large-in-list.max: 2.5\n"))
            .isEqualTo("brickoptima.yml: thresholds.large-in-list.max: must be a whole number (count)");
        assertThat(error("thresholds:\n  plan-skew.minBytes: 0.5\n"))
            .isEqualTo("brickoptima.yml: thresholds.plan-skew.minBytes: must be a whole number (bytes)");
    }

    @Test
    void aListWhereAMappingBelongsIsAnError() {
        assertThat(error("tables: [sales]\n")).isEqualTo("brickoptima.yml: tables: expected a mapping, got a list");
        assertThat(error("tables:\n  sales: [dt]\n")).isEqualTo("brickoptima.yml: tables.sales: expected a mapping, got a list");
        assertThat(error("thresholds: [large-in-list.max]\n")).isEqualTo("brickoptima.yml: thresholds: expected a mapping, got a list");
        assertThat(error("limits: [1]\n")).isEqualTo("brickoptima.yml: limits: expected a mapping, got a list");
        assertThat(error("rules: [select-star]\n")).isEqualTo("brickoptima.yml: rules: expected a mapping, got a list");
        assertThat(error("rules:\n  severity: [select-star]\n")).isEqualTo("brickoptima.yml: rules.severity: expected a mapping, got a list");
        assertThat(error("- dialect: spark\n")).isEqualTo("brickoptima.yml: the top level must be a mapping, got a list");
        // and the other way round
        assertThat(error("profiles:\n  read-only: true\n")).isEqualTo("brickoptima.yml: profiles: expected a list, got a mapping");
        assertThat(error("rules:\n  disable: [[select-star]]\n")).isEqualTo("brickoptima.yml: rules.disable: expected a list of names, got a list in it");
    }

    @Test
    void duplicateKeysAreErrors() {
        assertThat(error("dialect: spark\ndialect: postgres\n")).isEqualTo("brickoptima.yml: duplicate key 'dialect' (line 2)");
        assertThat(error("rules:\n  severity:\n    select-star: info\n    select-star: error\n"))
            .isEqualTo("brickoptima.yml: duplicate key 'select-star' (line 4)");
        assertThat(error("thresholds:\n  large-in-list.max: 1\n  large-in-list.max: 900\n"))
            .isEqualTo("brickoptima.yml: duplicate key 'large-in-list.max' (line 3)");
    }

    @Test
    void unknownKeysRuleIdsDialectsAndSeveritiesAreErrors() {
        assertThat(error("rules:\n  disabel: [select-star]\n"))
            .isEqualTo("brickoptima.yml: unknown key 'rules.disabel' (allowed: enable, disable, only, severity)");
        assertThat(error("limit:\n  maxNestingDepth: 3\n")).startsWith("brickoptima.yml: unknown key 'limit' (allowed: root, dialect,");
        assertThat(error("tables:\n  sales:\n    partitionColumn: [dt]\n"))
            .isEqualTo("brickoptima.yml: unknown key 'tables.sales.partitionColumn' (allowed: partitionColumns)");
        assertThat(error("rules:\n  disable: [select-stars]\n"))
            .isEqualTo("brickoptima.yml: rules.disable: unknown rule id 'select-stars' (see 'brickoptima rules')");
        assertThat(error("dialect: oracle\n")).isEqualTo("brickoptima.yml: dialect: unknown dialect 'oracle' (spark, databricks, postgres, ansi, mysql, sqlserver, hive)");
        assertThat(error("rules:\n  severity:\n    no-such-rule: info\n"))
            .isEqualTo("brickoptima.yml: rules.severity.no-such-rule: unknown rule id 'no-such-rule' (see 'brickoptima rules')");
        assertThat(error("rules:\n  severity:\n    select-star: fatal\n"))
            .isEqualTo("brickoptima.yml: rules.severity.select-star: unknown severity 'fatal' (info, warning, error)");
        assertThat(error("rules:\n  enable: [select-star]\n  disable: [select-star]\n"))
            .isEqualTo("brickoptima.yml: rules: 'select-star' is in both rules.enable and rules.disable");
        assertThat(error("dialect: [oops\n")).startsWith("brickoptima.yml: not valid YAML: ");
    }

    @Test
    void sinksDeclareTheProjectsOwnSqlMethods() throws Exception {
        AnalyzerConfig c = config(String.join("\n",
            "sinks:",
            "  - com.legacy.db.Db.query",
            "  - method: com.legacy.db.Db.count",
            "    argument: 1",
            "    dialect: mysql",
            "  - method: com.legacy.db.Db.first",
            "    argument: 0",
            ""));
        assertThat(c.sinks()).containsExactly(
            new SinkDeclaration("com.legacy.db.Db", "query", 0, null),
            new SinkDeclaration("com.legacy.db.Db", "count", 1, Dialect.MYSQL),
            new SinkDeclaration("com.legacy.db.Db", "first", 0, null));
        // a nearer file adds its sinks; the same method and argument declared again replaces the earlier declaration
        AnalyzerConfig.Builder b = ConfigFileLoader.parse("sinks: [com.legacy.db.Db.query]\n", "a.yml");
        ConfigFileLoader.layer("sinks:\n  - {method: com.legacy.db.Db.query, dialect: postgres}\n  - com.legacy.Report#run\n", "b.yml").applyTo(b);
        assertThat(b.build().sinks()).containsExactly(
            new SinkDeclaration("com.legacy.db.Db", "query", 0, Dialect.POSTGRES),
            new SinkDeclaration("com.legacy.Report", "run", 0, null));
    }

    @Test
    void aSinkThatNamesNoMethodIsAnError() {
        assertThat(error("sinks: com.legacy.db.Db.query\n"))
            .isEqualTo("brickoptima.yml: sinks: expected a list of methods, got a string ('com.legacy.db.Db.query')");
        assertThat(error("sinks:\n  - query\n"))
            .isEqualTo("brickoptima.yml: sinks[0]: expected a qualified method name such as com.acme.db.Db.query, got 'query'");
        assertThat(error("sinks:\n  - method: com.legacy.db.Db.query()\n"))
            .isEqualTo("brickoptima.yml: sinks[0].method: expected a qualified method name such as com.acme.db.Db.query, got 'com.legacy.db.Db.query()'");
        assertThat(error("sinks:\n  - method: com.legacy.db.Db.query\n    arg: 1\n"))
            .isEqualTo("brickoptima.yml: unknown key 'sinks[0].arg' (allowed: method, argument, dialect)");
        assertThat(error("sinks:\n  - argument: 1\n"))
            .isEqualTo("brickoptima.yml: sinks[0]: missing 'method' (e.g. method: com.acme.db.Db.query)");
        assertThat(error("sinks:\n  - com.legacy.db.Db.query\n  - method: com.legacy.db.Db.count\n    argument: second\n"))
            .isEqualTo("brickoptima.yml: sinks[1].argument: expected the index of the SQL argument (0 for the first), got a string ('second')");
        assertThat(error("sinks:\n  - method: com.legacy.db.Db.count\n    argument: -1\n"))
            .isEqualTo("brickoptima.yml: sinks[0].argument: expected the index of the SQL argument (0 for the first), got a number (-1)");
        assertThat(error("sinks:\n  - method: com.legacy.db.Db.count\n    dialect: oracle\n"))
            .isEqualTo("brickoptima.yml: sinks[0].dialect: unknown dialect 'oracle' (spark, databricks, postgres, ansi, mysql, sqlserver, hive)");
        assertThat(error("sinks:\n  - [com.legacy.db.Db.query]\n"))
            .isEqualTo("brickoptima.yml: sinks[0]: expected a method name or a mapping with 'method', got a list");
    }

    @Test
    void onlyRegularFilesOfConfigurationSizeAreRead() throws Exception {
        assertThatThrownBy(() -> ConfigFileLoader.read(dir)).hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> ConfigFileLoader.read(dir.resolve("missing.yml"))).hasMessageContaining("no such file");
        Path big = dir.resolve("big.yml");
        Files.writeString(big, "# " + "x".repeat((int) ConfigFileLoader.MAX_FILE_BYTES));
        assertThatThrownBy(() -> ConfigFileLoader.read(big)).hasMessageContaining("larger than 1000000 bytes");
    }
}
