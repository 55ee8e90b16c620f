package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.pg.PgCatalogRule;
import dev.brickoptima.core.pg.PgPlanAnalysis;
import dev.brickoptima.core.pg.PgPlanAnalyzer;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgPlans;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.RuleMetadata;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every PostgreSQL rule on its fixture {@code rules/pg/<rule-id>.txt} (format in {@link PgFixture}): the rule's
 * findings must be exactly the expectations of each case (with the exact message and hints where the case states
 * them), each fixture has a positive and a negative case, every finding carries a fix or hint and points at its node's
 * line.
 */
class PgRuleFixtureTest {

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsFixture() {
        assertThat(RuleRegistry.postgresRules()).as("rules to check").isNotEmpty();
        List<DynamicTest> tests = new ArrayList<>();
        for (PgPlanRule r : RuleRegistry.postgresPlanRules()) tests.add(DynamicTest.dynamicTest(r.metadata().id(), () -> check(r.metadata())));
        for (PgCatalogRule r : RuleRegistry.postgresCatalogRules()) tests.add(DynamicTest.dynamicTest(r.metadata().id(), () -> check(r.metadata())));
        return tests.stream();
    }

    @Test
    void catalogMetadataIsCompleteAndInTheRuleCatalog() {
        Set<String> ids = new HashSet<>();
        for (RuleMetadata m : RuleRegistry.postgresRules()) {
            assertThat(ids.add(m.id())).as("unique id %s", m.id()).isTrue();
            assertThat(m.id()).startsWith("pg-");
            assertThat(m.title()).isNotBlank();
            assertThat(m.rationale()).as("%s rationale", m.id()).hasSizeGreaterThan(150);
            assertThat(m.badExample()).isNotBlank();
            assertThat(m.goodExample()).isNotBlank();
            assertThat(RuleRegistry.byId(m.id())).isSameAs(m);
        }
        assertThat(ids).hasSize(12);
    }

    private static void check(RuleMetadata rule) throws Exception {
        String id = rule.id();
        PgFixture fx = PgFixture.load("/rules/pg/" + id + ".txt");
        assertThat(fx).as("fixture rules/pg/%s.txt", id).isNotNull();
        assertThat(fx.cases).as("%s: a positive case", id).anyMatch(c -> !c.expectedFor(id).isEmpty());
        assertThat(fx.cases).as("%s: a negative case ('# expect: none')", id).anyMatch(c -> c.expectedFor(id).isEmpty());
        for (PgFixture.Case c : fx.cases) {
            assertThat(c.expectNone || !c.expected.isEmpty()).as("%s case '%s' states its expectation", id, c.name).isTrue();
            runCase(id, c);
        }
    }

    private static void runCase(String id, PgFixture.Case c) throws Exception {
        String where = id + " case '" + c.name + "' (line " + c.firstLine + ")";
        PgPlanAnalyzer analyzer = new PgPlanAnalyzer(c.config.only(id).build());
        List<Finding> findings = new ArrayList<>();
        if (c.hasPlan()) {
            String text = c.plan();
            assertThat(text).as(where + ": input").isNotNull();
            PgPlanAnalysis a = analyzer.analyze(PgPlans.parse(text), c.catalog(), PgPlanAnalyzer.UNPROVEN_OFFLINE);
            assertThat(a.internalErrors()).as(where + ": rule failures").isEmpty();
            for (Finding f : a.findings()) {
                PgPlanNode node = a.plan().node(Integer.parseInt(f.location().operatorId()));
                assertThat(node).as(where + ": node of " + f).isNotNull();
                String line = text.split("\n", -1)[f.location().line() - 1];
                String expectedOnLine = text.trim().startsWith("[") || text.trim().startsWith("{") ? "\"Node Type\": \"" + node.nodeType() + "\""
                    : labelHead(node);
                assertThat(line).as(where + ": finding line of " + node.ref()).contains(expectedOnLine);
            }
            findings.addAll(a.findings());
        }
        findings.addAll(analyzer.analyzeCatalog(c.catalog()));

        Set<String> pinned = new HashSet<>();
        for (String e : c.expectedFor(id)) if (e.contains("/")) pinned.add(e.substring(0, e.indexOf('/')));
        List<String> actual = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> summary = new ArrayList<>();
        for (Finding f : findings) {
            summary.add(f.ruleId() + "@" + f.location().operatorId() + " " + f.severity().label() + ": " + f.message());
            if (!f.ruleId().equals(id)) continue;
            String subject = f.location().operatorId() != null ? f.location().operatorId() : subject(f.message());
            String key = id + "@" + subject;
            actual.add(pinned.contains(key) ? key + "/" + f.severity().label() : key);
            assertThat(f.message()).isNotBlank();
            assertThat(f.detail()).isNotBlank();
            assertThat(f.fixes()).as(where + ": fix hints").isNotEmpty();
            if (c.messages.containsKey(key)) assertThat(f.message()).as(where + ": message of " + key).isEqualTo(c.messages.get(key));
            if (c.hints.containsKey(key)) {
                assertThat(f.fixes()).as(where + ": hints of " + key).extracting(Fix::description).containsExactlyElementsOf(c.hints.get(key));
            }
            seen.add(key);
        }
        assertThat(new TreeSet<>(actual)).as(where + ": findings " + summary).isEqualTo(new TreeSet<>(c.expectedFor(id)));
        // a message or hint directive names a finding the case has (a typo must not pass silently)
        assertThat(seen).as(where + ": findings named by message/hint directives").containsAll(c.messages.keySet()).containsAll(c.hints.keySet());
    }

    /** What a text-format line of the node starts with ("Seq Scan", "Hash", "HashAggregate" -> its first word). */
    private static String labelHead(PgPlanNode n) {
        String label = n.label();
        int sp = label.indexOf(' ');
        return sp < 0 ? label : label.substring(0, sp);
    }

    /** "Index orders_x (status, 8.0 KiB) ..." -> "orders_x". */
    private static String subject(String message) {
        String[] w = message.split(" ");
        return w.length > 1 ? w[1] : message;
    }
}
