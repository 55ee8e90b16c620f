package dev.brickoptima.core.sql.spark;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.rules.RuleFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Databricks SQL beyond open-source Spark, one fixture per construct ({@code dialect/databricks/*.sql}, written from
 * the Databricks documentation page each names in a {@code -- source:} line). Every statement must parse (or be a
 * recognised command), and the findings of all rules must be exactly the {@code -- expect:} markers: a rule fires
 * where the fixture says, and every other statement stays quiet.
 */
class DatabricksFixturesTest {
    static final List<String> FIXTURES = List.of(
        "insert-replace-where", "merge-not-matched-by-source", "copy-into", "delta-maintenance", "lakeflow-tables",
        "unity-catalog", "lateral-view", "qualify", "named-parameters");

    @TestFactory
    Stream<DynamicTest> everyDatabricksConstructParsesAndIsAnalysed() {
        return FIXTURES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) throws Exception {
        RuleFixture fx = RuleFixture.load("/dialect/databricks/" + name + ".sql");
        assertThat(fx).as("fixture dialect/databricks/%s.sql", name).isNotNull();
        assertThat(fx.text).as("%s names the documentation it follows", name).contains("-- source: https://docs.databricks.com/");
        assertThat(fx.expected).as("%s: at least one rule fires", name).isNotEmpty();
        assertThat(fx.statementsWithoutExpectation).as("%s: at least one statement stays quiet", name).isGreaterThan(0);

        SqlAnalysis result = new SqlAnalyzer(fx.config).analyze(fx.text);
        assertThat(result.internalErrors()).as("rule failures").isEmpty();
        assertThat(result.findings()).as("%s: every statement parses", name).noneMatch(f -> f.ruleId().equals("parse-error"));

        Set<String> pinned = new HashSet<>();
        for (String e : fx.expected) if (e.split(":").length == 3) pinned.add(e.substring(0, e.lastIndexOf(':')));
        List<String> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            String key = f.ruleId() + ":" + f.location().line();
            actual.add(pinned.contains(key) ? key + ":" + f.location().column() : key);
        }
        assertThat(new TreeSet<>(actual)).as("%s findings (rule:line[:col]); all: %s", name, result.findings())
            .containsExactlyElementsOf(new TreeSet<>(fx.expected));
        assertThat(actual).as("%s: one finding per expectation", name).hasSameSizeAs(fx.expected);
    }
}
