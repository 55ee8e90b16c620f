package dev.brickoptima.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.jvm.spark.SparkRestJson;

import java.util.List;

/**
 * The Spark REST JSON reader and the plan analysis of what it reads: malformed JSON is a {@link JsonProcessingException},
 * a wrong shape an {@link IllegalArgumentException} with a reason, anything else never throws. Seeds: the REST samples
 * of a real Spark 3.5.6 run (see {@code SparkRestJsonFuzzTestInputs/SOURCE.md}).
 */
class SparkRestJsonFuzzTest {
    private static final PlanAnalyzer ANALYZER = new PlanAnalyzer(AnalyzerConfig.defaults());

    @FuzzTest(maxDuration = FuzzBudget.BOUNDED_RUN)
    void read(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        JsonNode json;
        try {
            json = SparkRestJson.read(FuzzChecks.text(input));
        } catch (JsonProcessingException e) {
            return;
        }
        List<StageSummary> stages = List.of();
        try {
            stages = SparkRestJson.stages(json);
        } catch (IllegalArgumentException wrongShape) {
            requireReason(wrongShape);
        }
        try {
            SparkRestJson.applications(json);
        } catch (IllegalArgumentException wrongShape) {
            requireReason(wrongShape);
        }
        List<SqlExecution> executions;
        try {
            executions = SparkRestJson.executions(json);
        } catch (IllegalArgumentException wrongShape) {
            requireReason(wrongShape);
            return;
        }
        for (SqlExecution e : executions) {
            FuzzChecks.findingsWithin(ANALYZER.analyzeExecution(e, stages).findings(), e.planDescription().length());
        }
    }

    private static void requireReason(IllegalArgumentException e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("wrong shape without a reason", e);
    }
}
