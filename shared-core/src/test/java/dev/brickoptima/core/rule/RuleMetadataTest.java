package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rule's metadata as its class declares it with the builder: every part set is kept, the rest has its default. */
class RuleMetadataTest {

    @Test
    void everyPartSetIsKept() {
        Threshold rows = Threshold.count("rows", 1000, "Rows above which it fires");
        Threshold wait = Threshold.millis("wait", 2000, "How long");
        RuleMetadata m = RuleMetadata.rule("wide-scan").title("Wide scan").category(Category.CORRECTNESS).severity(Severity.ERROR)
            .rationale("Because.").bad("select * from t").good("select id from t").exampleConfig("tables: {}")
            .profile("strict").thresholds(rows, wait).dialects(Dialect.SPARK, Dialect.HIVE).build();
        assertThat(m).isEqualTo(new RuleMetadata("wide-scan", "Wide scan", Category.CORRECTNESS, Severity.ERROR, "Because.",
            "select * from t", "select id from t", "tables: {}", "strict", List.of(rows, wait), List.of(Dialect.SPARK, Dialect.HIVE)));
        assertThat(m.enabledByDefault()).isFalse();
        assertThat(m.threshold("wait")).isSameAs(wait);
        assertThat(m.threshold("rows")).isSameAs(rows);
        assertThat(m.threshold("size")).isNull();
        assertThat(m.appliesTo(Dialect.HIVE)).isTrue();
        assertThat(m.appliesTo(Dialect.POSTGRES)).isFalse();
    }

    @Test
    void aRuleWithOnlyATitleIsAnOnByDefaultPerformanceWarningForEveryDialect() {
        RuleMetadata m = RuleMetadata.rule("r").title("T").build();
        assertThat(m).isEqualTo(new RuleMetadata("r", "T", Category.PERFORMANCE, Severity.WARNING, "", "", "", "", null, List.of(),
            List.of()));
        assertThat(m.enabledByDefault()).isTrue();
        assertThat(m.appliesTo(Dialect.MYSQL)).isTrue();
    }

    @Test
    void aRuleWithoutTitleOrWithATwiceDeclaredThresholdIsRejected() {
        assertThatThrownBy(() -> RuleMetadata.rule("r").build()).isInstanceOf(IllegalStateException.class).hasMessage("rule r has no title");
        Threshold a = Threshold.count("a", 1, "A");
        Threshold b = Threshold.count("b", 1, "B");
        Threshold a2 = Threshold.share("a", 0.5, "A again");
        assertThatThrownBy(() -> RuleMetadata.rule("r").title("T").thresholds(a, b, a2).build())
            .isInstanceOf(IllegalStateException.class).hasMessage("rule r declares threshold a twice");
        assertThatThrownBy(() -> RuleMetadata.rule("r").title("T").thresholds(b, a, a2).build())
            .hasMessage("rule r declares threshold a twice");
        assertThat(RuleMetadata.rule("r").title("T").thresholds(a, b).build().thresholds()).containsExactly(a, b);
    }
}
