package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.Profile;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.sql.SqlRule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The registry is complete and every entry's metadata is what docs, SARIF, configuration checks and IDEs need. */
class RuleRegistryTest {

    @Test
    void everySectionIsFilledAndAllListsEachRuleOnce() {
        // counts as of this change: a registry that lost its rules (or a section) must fail here, not pass vacuously
        assertThat(RuleRegistry.sqlRules()).hasSizeGreaterThanOrEqualTo(36);
        assertThat(RuleRegistry.planRules()).hasSizeGreaterThanOrEqualTo(23);
        assertThat(RuleRegistry.postgresPlanRules()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(RuleRegistry.postgresCatalogRules()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(RuleRegistry.codeRules()).extracting(RuleMetadata::id).containsExactly("sql-injection");
        assertThat(RuleRegistry.engineRules()).extracting(RuleMetadata::id)
            .containsExactly("parse-error", "nesting-too-deep", "input-too-large", "analysis-timeout", "plan-missing");
        List<RuleMetadata> expected = new ArrayList<>(RuleRegistry.metadata(RuleRegistry.sqlRules()));
        expected.addAll(RuleRegistry.codeRules());
        expected.addAll(RuleRegistry.metadata(RuleRegistry.planRules()));
        expected.addAll(RuleRegistry.metadata(RuleRegistry.postgresPlanRules()));
        expected.addAll(RuleRegistry.metadata(RuleRegistry.postgresCatalogRules()));
        expected.addAll(RuleRegistry.engineRules());
        assertThat(RuleRegistry.all()).containsExactlyElementsOf(expected);
        Set<String> ids = new HashSet<>();
        for (RuleMetadata m : RuleRegistry.all()) {
            assertThat(ids.add(m.id())).as("duplicate id %s", m.id()).isTrue();
            assertThat(RuleRegistry.byId(m.id())).isSameAs(m);
        }
        assertThat(RuleRegistry.byId("no-such-rule")).isNull();
        assertThat(RuleRegistry.byId(null)).isNull();
    }

    @Test
    void metadataIsComplete() {
        assertThat(RuleRegistry.all()).isNotEmpty();
        for (RuleMetadata m : RuleRegistry.all()) {
            assertThat(m.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
            assertThat(m.title()).as(m.id()).isNotBlank();
            assertThat(m.rationale()).as(m.id()).hasSizeGreaterThan(80);
            assertThat(m.badExample()).as(m.id()).isNotBlank();
            assertThat(m.goodExample()).as(m.id()).isNotBlank().isNotEqualTo(m.badExample());
            assertThat(m.category()).as(m.id()).isNotNull();
            assertThat(m.defaultSeverity()).as(m.id()).isNotNull();
            if (m.profile() != null) assertThat(Profile.ALL).as("%s names an unknown profile", m.id()).contains(m.profile());
        }
        for (PlanRule r : RuleRegistry.planRules()) assertThat(r.metadata().id()).startsWith("plan-");
        for (RuleMetadata m : RuleRegistry.postgresRules()) assertThat(m.id()).startsWith("pg-");
    }

    @Test
    void everyRuleClassDeclaresItsMetadataAsMETADATA() throws ReflectiveOperationException {
        List<Rule> rules = new ArrayList<>(RuleRegistry.sqlRules());
        rules.addAll(RuleRegistry.planRules());
        rules.addAll(RuleRegistry.postgresPlanRules());
        rules.addAll(RuleRegistry.postgresCatalogRules());
        assertThat(rules).isNotEmpty();
        for (Rule r : rules) {
            Object declared = r.getClass().getField("METADATA").get(null);
            assertThat(declared).as(r.getClass().getSimpleName()).isSameAs(r.metadata());
        }
        assertThat(dev.brickoptima.core.code.InjectionCheck.class.getField("METADATA").get(null)).isSameAs(RuleRegistry.byId("sql-injection"));
    }

    @Test
    void thresholdsAreDeclaredCompletelyAndTheirDefaultsAreValid() {
        int declared = 0;
        for (RuleMetadata m : RuleRegistry.all()) {
            for (Threshold t : m.thresholds()) {
                declared++;
                String where = m.id() + "." + t.name();
                assertThat(t.name()).as(where).matches("[a-z][A-Za-z]*");
                assertThat(t.description()).as(where).isNotBlank();
                assertThat(t.unit()).as(where).isNotNull();
                // an infinite default means "no limit until configured" (the PostgreSQL budget)
                if (!Double.isInfinite(t.defaultValue())) assertThat(t.problem(t.defaultValue())).as(where + " default").isNull();
                // the rationale must not repeat the default: docs show it from the declaration, and a copy goes stale
                assertThat(m.rationale()).as(where).doesNotContain(where + " (default");
            }
        }
        assertThat(declared).as("thresholds declared across rules").isGreaterThanOrEqualTo(45);
    }

    @Test
    void sqlRulesAreOnlyInTheSqlSectionAndPlanRulesOnlyInThePlanSection() {
        for (SqlRule r : RuleRegistry.sqlRules()) assertThat(RuleRegistry.metadata(RuleRegistry.planRules())).doesNotContain(r.metadata());
        for (RuleMetadata m : RuleRegistry.engineRules()) assertThat(EngineRules.isEngineRule(m)).isTrue();
        for (RuleMetadata m : RuleRegistry.metadata(RuleRegistry.sqlRules())) assertThat(EngineRules.isEngineRule(m)).isFalse();
    }
}
