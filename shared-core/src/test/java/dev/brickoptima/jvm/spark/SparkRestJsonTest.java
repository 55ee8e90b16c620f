package dev.brickoptima.jvm.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.brickoptima.core.plan.StageSummary;

/** REST JSON of the wrong shape or with absurd numbers: a clear error or an unknown value, never a crash or a figure. */
class SparkRestJsonTest {

    @Test
    void absurdStageNumbersAreUnknown() throws Exception {
        List<StageSummary> stages = SparkRestJson.stages(SparkRestJson.read("[{\"stageId\":1,\"numTasks\":4,"
            + "\"executorRunTime\":1e999,\"diskBytesSpilled\":-5,\"memoryBytesSpilled\":3e30,\"shuffleReadBytes\":\"12\","
            + "\"taskMetricsDistributions\":{\"quantiles\":[0,0.25,0.5,0.75,1],\"duration\":[1,2,3,4,1e999]}}]"));
        StageSummary s = stages.get(0);
        assertThat(s.executorRunTimeMs()).isZero();
        assertThat(s.diskBytesSpilled()).isZero();
        assertThat(s.memoryBytesSpilled()).isZero();
        assertThat(s.shuffleReadBytes()).isEqualTo(12);
        assertThat(s.max(StageSummary.DURATION)).isNaN();
    }

    @Test
    void wrongShapesAreIllegalArgumentsWithAReason() throws Exception {
        assertThatThrownBy(() -> SparkRestJson.executions(SparkRestJson.read("[\"planDescription\"]")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
        assertThatThrownBy(() -> SparkRestJson.executions(SparkRestJson.read("{\"planDescription\":\"x\"}")))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
    }
}
