package dev.brickoptima.core.rule;

import dev.brickoptima.core.code.InjectionCheck;
import dev.brickoptima.core.code.JavaStringLiteral;
import dev.brickoptima.core.code.SqlPart;
import dev.brickoptima.core.code.SqlSink;
import dev.brickoptima.core.code.SqlSinks;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;
import dev.brickoptima.jvm.config.ConfigFileLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the bad and good example of every rule's metadata (what docs/rules.md and the IDE descriptions show): the bad
 * one must make the rule fire and the good one must not, under the example configuration the metadata declares.
 * SQL examples that are Java string concatenations run as templates; the injection rule's examples run through its
 * check on the call's SQL argument.
 */
class RuleExamplesTest {
    /**
     * Rules whose examples cannot run, with the reason. Plan rules' examples are the query, DataFrame code or setting
     * that produces the plan (a plan excerpt would not tell a reader what to change); their behaviour is pinned by
     * the plan fixtures from real executions (PlanRuleFixtureTest).
     */
    private static final Set<String> NOT_RUNNABLE = Set.of(
        EngineRules.ANALYSIS_TIMEOUT.id(), // depends on the machine's speed
        EngineRules.PLAN_MISSING.id());    // examples are REST URLs; the CLI's Spark REST inputs raise it (PlanInputs)

    @TestFactory
    Stream<DynamicTest> sqlRuleExamples() {
        assertThat(RuleRegistry.sqlRules()).hasSizeGreaterThanOrEqualTo(36);
        return RuleRegistry.sqlRules().stream().map(r -> DynamicTest.dynamicTest(r.metadata().id(), () -> runSql(r.metadata())));
    }

    @TestFactory
    Stream<DynamicTest> engineRuleExamples() {
        assertThat(RuleRegistry.engineRules()).isNotEmpty();
        return RuleRegistry.engineRules().stream().filter(m -> !NOT_RUNNABLE.contains(m.id()))
            .map(m -> DynamicTest.dynamicTest(m.id(), () -> runSql(m)));
    }

    @TestFactory
    Stream<DynamicTest> codeRuleExamples() {
        assertThat(RuleRegistry.codeRules()).containsExactly(InjectionCheck.METADATA);
        return RuleRegistry.codeRules().stream().map(m -> DynamicTest.dynamicTest(m.id(), () -> {
            assertThat(riskyHoles(m.badExample())).as("bad example of %s", m.id()).isNotEmpty();
            assertThat(riskyHoles(m.goodExample())).as("good example of %s", m.id()).isEmpty();
        }));
    }

    /**
     * PostgreSQL plan rules whose bad example is not a whole plan (a JIT block, a plan excerpt, a budget with a plan
     * line). The others' bad example is EXPLAIN output and runs; their good examples are the fix (an index, a
     * setting), not a plan, so only the bad ones run.
     */
    private static final Set<String> PG_BAD_NOT_A_PLAN = Set.of("pg-jit-overhead", "pg-index-advice", "pg-plan-over-budget");

    @TestFactory
    Stream<DynamicTest> postgresPlanRuleBadExamples() {
        assertThat(RuleRegistry.postgresPlanRules()).isNotEmpty();
        return RuleRegistry.postgresPlanRules().stream().map(r -> r.metadata()).filter(m -> !PG_BAD_NOT_A_PLAN.contains(m.id()))
            .map(m -> DynamicTest.dynamicTest(m.id(), () -> {
                AnalyzerConfig config = ConfigFileLoader.parse(m.exampleConfig(), m.id() + " example configuration").enable(m.id()).build();
                List<Finding> bad = new PgPlanAnalyzer(config).analyze(m.badExample()).findings();
                assertThat(ids(bad)).as("bad example of %s fires; findings: %s", m.id(), bad).contains(m.id());
            }));
    }

    @Test
    void everyRuleOutsideThePlanRulesRunsItsExamples() {
        for (String id : NOT_RUNNABLE) assertThat(RuleRegistry.byId(id)).as(id).isNotNull();
        assertThat(NOT_RUNNABLE).as("keep the exceptions few").hasSizeLessThanOrEqualTo(2);
    }

    private static void runSql(RuleMetadata m) throws Exception {
        AnalyzerConfig config = ConfigFileLoader.parse(m.exampleConfig(), m.id() + " example configuration").enable(m.id()).build();
        SqlAnalyzer a = new SqlAnalyzer(config);
        SqlAnalysis bad = analyze(a, m.badExample());
        SqlAnalysis good = analyze(a, m.goodExample());
        assertThat(bad.internalErrors()).isEmpty();
        assertThat(ids(bad.findings())).as("bad example of %s fires; findings: %s", m.id(), bad.findings()).contains(m.id());
        assertThat(ids(good.findings())).as("good example of %s is quiet; findings: %s", m.id(), good.findings())
            .doesNotContain(m.id(), EngineRules.PARSE_ERROR.id());
    }

    /** SQL text, or a Java concatenation of string literals and variables (a template with holes). */
    private static SqlAnalysis analyze(SqlAnalyzer a, String example) {
        if (!example.startsWith("\"")) return a.analyze(example);
        SqlTemplate.Builder t = SqlTemplate.builder();
        int offset = 0;
        for (SqlPart p : concatenation(example)) {
            if (p.isHole()) t.hole();
            else t.literal(p.literal(), offset);
            offset += p.isHole() ? p.expression().length() : p.literal().length();
        }
        return a.analyze(t.build());
    }

    /** The injection check on the SQL argument of the example's first call ({@code stmt.executeQuery("..." + name)}). */
    private static List<Integer> riskyHoles(String example) {
        int open = example.indexOf('(');
        String method = example.substring(example.lastIndexOf('.', open) + 1, open);
        SqlSink sink = SqlSinks.all().stream().filter(s -> !s.isAnnotation() && s.member().equals(method) && s.isSqlArg(0))
            .findFirst().orElseThrow(() -> new AssertionError("no SQL sink named " + method));
        return InjectionCheck.riskyHoles(sink, concatenation(example.substring(open + 1)), true);
    }

    /**
     * The operands of a Java string concatenation up to the end of the expression (a ')', ';' or a '//' comment):
     * string literals become literal parts, anything else a hole.
     */
    private static List<SqlPart> concatenation(String java) {
        List<SqlPart> parts = new ArrayList<>();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (java.charAt(end) != '"') end += java.charAt(end) == '\\' ? 2 : 1;
                parts.add(SqlPart.literal(JavaStringLiteral.parse(java.substring(i, end + 1)).content()));
                i = end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < java.length() && (Character.isJavaIdentifierPart(java.charAt(end)) || java.charAt(end) == '.')) end++;
                parts.add(SqlPart.hole(java.substring(i, end), false));
                i = end;
            } else if (c == ')' || c == ';' || java.startsWith("//", i)) {
                break;
            } else {
                i++; // '+' and spaces
            }
        }
        assertThat(parts).as("operands of %s", java).isNotEmpty();
        return parts;
    }

    private static List<String> ids(List<Finding> fs) {
        return fs.stream().map(Finding::ruleId).toList();
    }
}
