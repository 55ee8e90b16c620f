package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlRule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every SQL rule on its fixture {@code rules/sql/<rule-id>.sql} (and {@code <rule-id>.<dialect>.sql} where the
 * rule speaks differently in another dialect): the findings of that rule must be exactly
 * the expectations written in the fixture, the fixture must hold at least one positive and one negative case,
 * and every statement must parse.
 */
class SqlRuleFixtureTest {

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsFixture() {
        assertThat(RuleRegistry.sqlRules()).as("rules to check").isNotEmpty();
        return RuleRegistry.sqlRules().stream().map(rule -> DynamicTest.dynamicTest(rule.metadata().id(), () -> check(rule)));
    }

    private static void check(SqlRule rule) throws Exception {
        String id = rule.metadata().id();
        RuleFixture fx = RuleFixture.load("/rules/sql/" + id + ".sql");
        assertThat(fx).as("fixture rules/sql/%s.sql", id).isNotNull();
        check(id, fx);
        // a rule whose advice or messages depend on the dialect has a fixture per other dialect: <id>.<dialect>.sql
        for (Dialect d : Dialect.values()) {
            RuleFixture variant = RuleFixture.load("/rules/sql/" + id + "." + d.name().toLowerCase(Locale.ROOT) + ".sql");
            if (variant == null) continue;
            assertThat(variant.config.dialect()).as("%s: dialect of its %s fixture", id, d).isEqualTo(d);
            check(id, variant);
        }
    }

    private static void check(String id, RuleFixture fx) {
        assertThat(fx.expected).as("%s: fixture needs at least one '-- expect: %s' (positive case)", id, id)
            .anyMatch(e -> e.startsWith(id + ":"));
        assertThat(fx.statementsWithoutExpectation).as("%s: fixture needs a statement with no finding (negative case)", id)
            .isGreaterThan(0);

        SqlAnalysis result = new SqlAnalyzer(fx.config.toBuilder().enable(id).build()).analyze(fx.text);
        assertThat(result.internalErrors()).as("rule failures").isEmpty();
        assertThat(result.findings()).as("%s: fixture statements must parse", id)
            .noneMatch(f -> f.ruleId().equals("parse-error") && !id.equals("parse-error"));

        Set<String> pinnedColumns = new HashSet<>();
        for (String e : fx.expected) if (e.split(":").length == 3) pinnedColumns.add(e.substring(0, e.lastIndexOf(':')));
        List<String> actual = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!f.ruleId().equals(id)) continue;
            String key = f.ruleId() + ":" + f.location().line();
            actual.add(pinnedColumns.contains(key) ? key + ":" + f.location().column() : key);
        }
        List<String> expectedForRule = new ArrayList<>();
        for (String e : fx.expected) if (e.startsWith(id + ":")) expectedForRule.add(e);
        assertThat(new TreeSet<>(actual)).as("%s findings (rule:line[:col]); all: %s", id, result.findings())
            .containsExactlyElementsOf(new TreeSet<>(expectedForRule));
        assertThat(actual).as("%s: one finding per expectation", id).hasSameSizeAs(expectedForRule);
        checkDetails(fx, id, result.findings(), pinnedColumns);
    }

    /** The message, covered text and fixes the fixture pins under an expectation ("-- message:" etc.). */
    private static void checkDetails(RuleFixture fx, String id, List<Finding> all, Set<String> pinnedColumns) {
        for (var pinned : fx.details.entrySet()) {
            String key = pinned.getKey();
            RuleFixture.Details d = pinned.getValue();
            List<Finding> matching = new ArrayList<>();
            for (Finding f : all) {
                String k = f.ruleId() + ":" + f.location().line();
                if (pinnedColumns.contains(k)) k += ":" + f.location().column();
                if (k.equals(key)) matching.add(f);
            }
            if (!key.startsWith(id + ":")) continue; // another rule's expectation: that rule's fixture pins it
            assertThat(matching).as("%s: details pinned under %s need exactly one finding there (pin its column)", id, key).hasSize(1);
            Finding f = matching.get(0);
            if (d.message != null) assertThat(f.message()).as("message of %s", key).isEqualTo(d.message);
            if (d.span != null) {
                assertThat(fx.text.substring(f.location().start(), f.location().end())).as("text covered by %s", key).isEqualTo(d.span);
                String[] lines = fx.text.substring(0, f.location().end()).split("\n", -1);
                assertThat(f.location().endLine()).as("end line of %s", key).isEqualTo(lines.length);
                assertThat(f.location().endColumn()).as("end column of %s", key).isEqualTo(lines[lines.length - 1].length() + 1);
            }
            if (!d.fixes.isEmpty()) {
                assertThat(f.fixes()).extracting(Fix::description).as("fixes of %s", key).containsExactlyElementsOf(d.fixes);
            }
            List<Fix> edits = f.fixes().stream().filter(x -> !x.isHint()).toList();
            if (d.fixed == null) {
                assertThat(edits).as("%s offers a text edit: pin its result with '-- fixed:'", key).isEmpty();
                continue;
            }
            assertThat(edits).as("fix with edits of %s", key).hasSize(1);
            String line = edits.get(0).applyTo(fx.text).split("\n", -1)[f.location().line() - 1];
            int comment = line.indexOf("-- expect:");
            assertThat((comment < 0 ? line : line.substring(0, comment)).strip()).as("line %s after the fix", key).isEqualTo(d.fixed);
        }
    }
}
