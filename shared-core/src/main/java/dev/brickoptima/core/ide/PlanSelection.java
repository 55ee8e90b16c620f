package dev.brickoptima.core.ide;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;

import java.util.List;

/**
 * What the IDEs' "Analyze plan" actions do with the text a user selected or copied: recognise it (Spark plan text, PostgreSQL
 * EXPLAIN), analyse it, or say in one line why not. New plan formats are added here, and both IDEs get them.
 */
public final class PlanSelection {
    /**
     * @param heading  one line naming what was analysed
     * @param findings the findings (plan findings carry the operator id)
     * @param problem  why nothing could be analysed, or null
     */
    public record Result(String heading, List<Finding> findings, String problem) {
    }

    private PlanSelection() {
    }

    /** Analyses {@code text}; {@code source} says where it came from ("selection", "clipboard"). */
    public static Result analyze(String text, String source, AnalyzerConfig config) {
        if (text == null || text.isBlank()) {
            return new Result("Nothing to analyse", List.of(), "Select Spark plan text (EXPLAIN FORMATTED output, or the Spark UI's "
                + "Details block) or copy it to the clipboard.");
        }
        InputKind kind = InputKind.detect(text);
        if (kind == InputKind.SPARK_REST_JSON) {
            return new Result("Spark REST JSON from the " + source, List.of(), "Spark REST JSON is analysed by the command line: "
                + "save it to a file and run 'brickoptima analyze FILE.json'.");
        }
        PlanAnalysis analysis;
        try {
            analysis = new PlanAnalyzer(config).analyzeText(text);
        } catch (RuntimeException e) {
            return new Result("Plan from the " + source, List.of(), "The " + source + " does not hold a Spark or PostgreSQL plan BrickOptima can read: " + e.getMessage());
        }
        if (!analysis.recognised()) {
            return new Result("Plan from the " + source, analysis.findings(), "The " + source + " does not hold a Spark or PostgreSQL plan BrickOptima can read.");
        }
        return new Result(analysis.kindLabel() + " from the " + source, analysis.findings(), null);
    }
}
