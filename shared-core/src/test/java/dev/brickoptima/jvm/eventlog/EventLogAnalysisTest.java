package dev.brickoptima.jvm.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.eventlog.AnalyzedExecution;
import dev.brickoptima.core.eventlog.ApplicationInfo;
import dev.brickoptima.core.eventlog.ExecutionAnalyzer;
import dev.brickoptima.core.eventlog.RecordedFinding;
import dev.brickoptima.core.eventlog.SparkEvent;
import dev.brickoptima.core.plan.PlanAnalyzer;

/** A whole log analysed: ended executions as they end, still running ones when the log ends, recorded findings. */
class EventLogAnalysisTest {
    private static final String SQL = "org.apache.spark.sql.execution.ui.";

    @TempDir
    Path dir;

    private static String start(int id) {
        return "{\"Event\":\"" + SQL + "SparkListenerSQLExecutionStart\",\"executionId\":" + id + ",\"description\":\"q" + id
            + "\",\"physicalPlanDescription\":\"== Physical Plan ==\\n* Range (1)\\n\",\"time\":100}";
    }

    @Test
    void executionsStillRunningWhenTheLogEndsAreAnalysedToo() throws IOException {
        String log = String.join("\n",
            "{\"Event\":\"SparkListenerLogStart\",\"Spark Version\":\"3.5.6\"}",
            "{\"Event\":\"SparkListenerApplicationStart\",\"App Name\":\"etl\",\"App ID\":\"local-7\",\"Timestamp\":1}",
            start(1),
            "{\"Event\":\"" + SQL + "SparkListenerSQLExecutionEnd\",\"executionId\":1,\"time\":200}",
            "{\"Event\":\"" + EventJson.RECORDED_FINDINGS_EVENT + "\",\"executionId\":1,\"findings\":[{\"ruleId\":\"r\","
                + "\"severity\":\"WARNING\",\"operatorId\":\"1\",\"message\":\"m\"}]}",
            start(2)) + "\n";
        Path file = Files.write(dir.resolve("local-7.inprogress"), log.getBytes(StandardCharsets.UTF_8));
        List<AnalyzedExecution> out = new ArrayList<>();
        EventLogAnalysis.Summary s = new EventLogAnalysis(new ExecutionAnalyzer(new PlanAnalyzer(AnalyzerConfig.builder().build())))
            .analyze(LocalEventLogs.of(file), out::add);
        assertThat(out).extracting(a -> a.replayed().execution().id()).containsExactly(1L, 2L);
        assertThat(out).extracting(a -> a.replayed().execution().description()).containsExactly("q1", "q2");
        assertThat(s.executions()).isEqualTo(2);
        assertThat(s.application()).isEqualTo(new ApplicationInfo("local-7", null, "etl", "3.5.6"));
        assertThat(s.recordedFindings()).containsExactly(
            new SparkEvent.RecordedFindings(1, List.of(new RecordedFinding("r", "WARNING", "1", "m"))));
        assertThat(s.read()).isEqualTo(new EventLogReader.Result(6, 6, log.length(), List.of(), false));
    }
}
