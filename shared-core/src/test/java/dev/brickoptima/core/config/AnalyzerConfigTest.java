package dev.brickoptima.core.config;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.RuleRegistry;
import dev.brickoptima.core.rule.Threshold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which rules run under a configuration (profiles, enable, disable, only), severities, thresholds, partition columns by
 * table name, copying through {@link AnalyzerConfig#toBuilder()}; and the one-line problems {@link ConfigChecks} gives
 * every front end.
 */
class AnalyzerConfigTest {
    private static final RuleMetadata STAR = RuleRegistry.byId("select-star");
    private static final RuleMetadata DESTRUCTIVE = RuleRegistry.byId("destructive-statement");
    private static final RuleMetadata NULL_CMP = RuleRegistry.byId("null-comparison");

    @Test
    void ruleSelection() {
        AnalyzerConfig d = AnalyzerConfig.defaults();
        assertThat(d.dialect()).isEqualTo(Dialect.SPARK);
        assertThat(d.limits()).isEqualTo(Limits.DEFAULT);
        assertThat(d.isEnabled(STAR)).isTrue();
        assertThat(d.isEnabled(DESTRUCTIVE)).isFalse();                      // a profile rule: off by default
        assertThat(AnalyzerConfig.builder().profile(Profile.READ_ONLY).build().isEnabled(DESTRUCTIVE)).isTrue();
        assertThat(AnalyzerConfig.builder().profile(Profile.STRICT).build().isEnabled(DESTRUCTIVE)).isFalse();
        assertThat(AnalyzerConfig.builder().enable(DESTRUCTIVE.id()).build().isEnabled(DESTRUCTIVE)).isTrue();
        assertThat(AnalyzerConfig.builder().disable(STAR.id()).build().isEnabled(STAR)).isFalse();
        // the later of enable/disable wins
        assertThat(AnalyzerConfig.builder().disable(STAR.id()).enable(STAR.id()).build().isEnabled(STAR)).isTrue();
        assertThat(AnalyzerConfig.builder().enable(STAR.id()).disable(STAR.id()).build().isEnabled(STAR)).isFalse();
        // only: nothing else runs, and the named rule runs even when it belongs to a profile
        AnalyzerConfig only = AnalyzerConfig.builder().only(DESTRUCTIVE.id()).build();
        assertThat(only.isEnabled(DESTRUCTIVE)).isTrue();
        assertThat(only.isEnabled(STAR)).isFalse();
        assertThat(AnalyzerConfig.builder().only(STAR.id()).disable(STAR.id()).build().isEnabled(STAR)).isFalse();
        assertThat(AnalyzerConfig.builder().only(STAR.id()).onlyRules(List.of()).build().isEnabled(NULL_CMP)).isTrue();
        assertThat(AnalyzerConfig.builder().profile(Profile.READ_ONLY).profiles(List.of(Profile.STRICT)).build().profiles())
            .containsExactly(Profile.STRICT);
    }

    @Test
    void severitiesAndThresholds() {
        Threshold max = RuleRegistry.byId("large-in-list").threshold("max");
        AnalyzerConfig c = AnalyzerConfig.builder().severity(STAR.id(), Severity.ERROR).threshold("large-in-list", "max", 3).build();
        assertThat(c.severityOf(STAR)).isEqualTo(Severity.ERROR);
        assertThat(c.severityOf(NULL_CMP)).isEqualTo(NULL_CMP.defaultSeverity());
        assertThat(c.threshold("large-in-list", "max", 99)).isEqualTo(3);
        assertThat(c.threshold("large-in-list", "other", 99)).isEqualTo(99);
        assertThat(c.threshold("large-in-list", max)).isEqualTo(3);
        assertThat(AnalyzerConfig.defaults().threshold("large-in-list", max)).isEqualTo(max.defaultValue());
        assertThat(c.thresholds()).containsEntry("large-in-list.max", 3.0);
        assertThat(c.severities()).containsEntry(STAR.id(), Severity.ERROR);
    }

    @Test
    void partitionColumnsByTableNameAsWritten() {
        AnalyzerConfig c = AnalyzerConfig.builder().partitionColumns("Sales", List.of("DT", "Region"))
            .partitionColumns("db.events", List.of("day")).build();
        assertThat(c.partitionColumnsOf("sales")).containsExactly("dt", "region");
        assertThat(c.partitionColumnsOf("`SALES`")).containsExactly("dt", "region");
        assertThat(c.partitionColumnsOf("\"db\".\"sales\"")).containsExactly("dt", "region");   // the last part
        assertThat(c.partitionColumnsOf("[db].[events]")).containsExactly("day");
        assertThat(c.partitionColumnsOf("events")).isEmpty();
        assertThat(c.partitionColumnsOf(null)).isEmpty();
        assertThat(AnalyzerConfig.defaults().partitionColumnsOf("sales")).isEmpty();
        assertThat(c.partitionColumns()).containsOnlyKeys("sales", "db.events");
    }

    @Test
    void toBuilderCopiesEverything() {
        Limits limits = new Limits(1000, 100, 10, 50);
        AnalyzerConfig c = AnalyzerConfig.builder().dialect(Dialect.POSTGRES).profile(Profile.STRICT).enable("a").disable("b").only("c")
            .severity("d", Severity.INFO).threshold("e", "f", 2).partitionColumns("t", List.of("p")).limits(limits).build();
        AnalyzerConfig copy = c.toBuilder().build();
        assertThat(copy.dialect()).isEqualTo(Dialect.POSTGRES);
        assertThat(copy.profiles()).containsExactly(Profile.STRICT);
        assertThat(copy.enabledRules()).containsExactly("a");
        assertThat(copy.disabledRules()).containsExactly("b");
        assertThat(copy.onlyRules()).containsExactly("c");
        assertThat(copy.severities()).containsEntry("d", Severity.INFO);
        assertThat(copy.threshold("e", "f", 0)).isEqualTo(2);
        assertThat(copy.partitionColumnsOf("t")).containsExactly("p");
        assertThat(copy.limits()).isSameAs(limits);
        assertThat(c.toBuilder().limits()).isSameAs(limits);
    }

    @Test
    void checksGiveOneLineProblems() {
        assertThat(ConfigChecks.ruleId("select-star")).isNull();
        assertThat(ConfigChecks.ruleId("select-str")).isEqualTo("unknown rule id 'select-str' (see 'brickoptima rules')");
        assertThat(ConfigChecks.profile("strict")).isNull();
        assertThat(ConfigChecks.profile("lax")).isEqualTo("unknown profile 'lax' (read-only, strict)");
        assertThat(ConfigChecks.dialect("postgres")).isNull();
        assertThat(ConfigChecks.dialect("oracle")).isEqualTo("unknown dialect 'oracle' (spark, databricks, postgres, ansi)");
        assertThat(ConfigChecks.severity("info")).isNull();
        assertThat(ConfigChecks.severity("fatal")).isEqualTo("unknown severity 'fatal' (info, warning, error)");
        assertThat(ConfigChecks.thresholdKey("large-in-list.max")).isNull();
        assertThat(ConfigChecks.thresholdKey("max")).isEqualTo("expected <rule-id>.<threshold>, e.g. large-in-list.max");
        assertThat(ConfigChecks.thresholdKey(".max")).isEqualTo("expected <rule-id>.<threshold>, e.g. large-in-list.max");
        assertThat(ConfigChecks.thresholdKey("large-in-list.")).isEqualTo("expected <rule-id>.<threshold>, e.g. large-in-list.max");
        assertThat(ConfigChecks.thresholdKey("nope.max")).isEqualTo("unknown rule id 'nope' (see 'brickoptima rules')");
        assertThat(ConfigChecks.thresholdKey("select-star.max")).isEqualTo("select-star has no thresholds");
        assertThat(ConfigChecks.thresholdKey("large-in-list.min")).startsWith("large-in-list has no threshold 'min' (max");
        assertThat(ConfigChecks.threshold("large-in-list.max")).isSameAs(RuleRegistry.byId("large-in-list").threshold("max"));
        assertThat(ConfigChecks.threshold("max")).isNull();
        assertThat(ConfigChecks.threshold("nope.max")).isNull();
        assertThat(ConfigChecks.threshold("large-in-list.max", 5)).isNull();
        assertThat(ConfigChecks.threshold("nope.max", 5)).isEqualTo("unknown rule id 'nope' (see 'brickoptima rules')");
        assertThat(ConfigChecks.threshold("large-in-list.max", -1)).isNotNull();
    }
}
