package dev.brickoptima.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.jvm.spark.SparkRestJson;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Offline companions of Spark REST JSON dumps: {@code --stages} (the {@code /stages?withSummaries=true} answer, for the
 * skew, spill and task rules) and {@code --environment} (the {@code /environment} answer, for the application's own
 * configuration such as spark.sql.autoBroadcastJoinThreshold). A file that cannot be used is a usage error (exit 2).
 */
public final class PlanInputOptions {
    @Option(names = "--stages", paramLabel = "FILE",
        description = "Stage task summaries for Spark REST JSON inputs: the answer of /api/v1/applications/<app>/stages?withSummaries=true.")
    Path stagesFile;

    @Option(names = "--environment", paramLabel = "FILE",
        description = "The application's configuration for Spark REST JSON inputs: the answer of /api/v1/applications/<app>/environment.")
    Path environmentFile;

    private List<StageSummary> stages;
    private Map<String, String> environment;

    /** Read once, however many configurations (and so analyzers) the inputs have. */
    synchronized List<StageSummary> stages() {
        if (stages == null) stages = readStages();
        return stages;
    }

    synchronized Map<String, String> environment() {
        if (environment == null) environment = readEnvironment();
        return environment;
    }

    private List<StageSummary> readStages() {
        if (stagesFile == null) return List.of();
        JsonNode json = read("--stages", stagesFile);
        try {
            return SparkRestJson.stages(json);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--stages " + stagesFile + ": not a Spark /stages answer: " + e.getMessage());
        }
    }

    private Map<String, String> readEnvironment() {
        if (environmentFile == null) return Map.of();
        JsonNode json = read("--environment", environmentFile);
        try {
            return SparkRestJson.sparkProperties(json);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--environment " + environmentFile + ": not a Spark /environment answer: " + e.getMessage());
        }
    }

    private static JsonNode read(String option, Path file) {
        try {
            return SparkRestJson.read(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new UsageException(option + " " + file + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UsageException(option + " " + file + ": cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }
}
