package dev.brickoptima.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.config.AnalyzerConfig;

/** The fleet job's command line and configuration checks, before any Spark work. */
class FleetOptionsTest {

    @Test
    void parsesEveryOption() {
        FleetJob.Options o = FleetJob.Options.parse(new String[] {"--logs", "hdfs:///h", "--out", "/tmp/o", "--config",
            "s3a://b/brickoptima.yml", "--partitions", "40"});
        assertThat(o).isEqualTo(new FleetJob.Options("hdfs:///h", "/tmp/o", "s3a://b/brickoptima.yml", 40));
    }

    @Test
    void usageErrorsAreOneLine() {
        assertThatThrownBy(() -> FleetJob.Options.parse(new String[] {"--logs", "x"}))
            .hasMessage("--logs DIR and --out DIR are required");
        assertThatThrownBy(() -> FleetJob.Options.parse(new String[] {"--logs", "x", "--out", "y", "--partitions", "0"}))
            .hasMessage("--partitions needs a whole number above 0, not '0'");
        assertThatThrownBy(() -> FleetJob.Options.parse(new String[] {"--logs", "x", "--out"})).hasMessage("--out needs a value");
        assertThatThrownBy(() -> FleetJob.Options.parse(new String[] {"--log", "x"})).hasMessage("unknown option --log");
    }

    @Test
    void configurationIsCheckedWithItsKeyNamed() {
        AnalyzerConfig c = FleetJob.analyzerConfig("rules:\n  disable: [plan-cartesian-product]\n", "fleet.yml");
        assertThat(c.disabledRules()).containsExactly("plan-cartesian-product");
        assertThatThrownBy(() -> FleetJob.analyzerConfig("rules:\n  disable: [plan-cartesain-product]\n", "fleet.yml"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fleet.yml").hasMessageContaining("plan-cartesain-product");
    }
}
