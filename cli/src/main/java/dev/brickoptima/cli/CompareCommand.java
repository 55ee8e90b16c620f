package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.compare.CompareThresholds;
import dev.brickoptima.core.plan.compare.ComparedPlan;
import dev.brickoptima.core.plan.compare.ExecutionMatcher;
import dev.brickoptima.core.plan.compare.PlanChange;
import dev.brickoptima.core.plan.compare.PlanComparator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code brickoptima compare OLD NEW}: the plan regressions between two versions of a job, from plan files, REST JSON
 * dumps or live applications (executions matched by description or normalised SQL).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare the Spark plans of two versions of a job and report what got worse (join strategy, lost broadcast, "
        + "new exchanges, lost pushdown or partition pruning, new cartesian/nested-loop joins, operator growth; with metrics: "
        + "duration, shuffle, spill).")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "Plan text file, Spark REST JSON file, or Spark UI / History Server URL (an application or one execution page).")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The same for the new version.")
    String neu;

    @Option(names = "--fail-on-regression", description = "Exit 1 when a regression is found.")
    boolean failOnRegression;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
    CompareReport.Format format = CompareReport.Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "50",
        description = "Metric and size increases count as regressions above this percentage (default: ${DEFAULT-VALUE}).")
    double percent;

    @Option(names = "--min-duration-ms", paramLabel = "MS", defaultValue = "1000", description = "Ignore duration increases below this (default: ${DEFAULT-VALUE}).")
    long minDurationMs;

    @Option(names = "--min-bytes", paramLabel = "BYTES", defaultValue = "10485760", description = "Ignore shuffle and spill increases below this (default: ${DEFAULT-VALUE}).")
    long minBytes;

    @Option(names = "--min-operators", paramLabel = "N", defaultValue = "3", description = "Ignore operator count increases below this (default: ${DEFAULT-VALUE}).")
    int minOperators;

    @Mixin
    SparkUiOptions uiOptions;

    @Override
    public Integer call() throws IOException {
        if (percent < 0 || minDurationMs < 0 || minBytes < 0 || minOperators < 0) throw new UsageException("thresholds must not be negative");
        AnalyzerConfig config = AnalyzerConfig.builder().build();
        List<ComparedPlan> olds = PlanSource.load(old, config, uiOptions);
        List<ComparedPlan> news = PlanSource.load(neu, config, uiOptions);
        if (olds.isEmpty()) throw new UsageException(old + ": no execution with a plan");
        if (news.isEmpty()) throw new UsageException(neu + ": no execution with a plan");
        ExecutionMatcher.Matching matching = ExecutionMatcher.match(olds, news);
        PlanComparator comparator = new PlanComparator(new CompareThresholds(percent, minDurationMs, minBytes, minOperators));
        List<CompareReport.Pair> pairs = new ArrayList<>();
        for (ExecutionMatcher.Match m : matching.pairs()) {
            List<PlanChange> changes = comparator.compare(m.old().plan(), m.neu().plan(), m.old().durationMs(), m.neu().durationMs());
            pairs.add(new CompareReport.Pair(m, changes));
        }
        CompareReport report = new CompareReport(pairs, matching.onlyOld(), matching.onlyNew());
        String rendered = format == CompareReport.Format.json ? report.json() : report.text();
        if (output != null) {
            Files.writeString(output, rendered);
        } else {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        }
        if (matching.pairs().isEmpty()) {
            // nothing compared must never pass a gate silently
            spec.commandLine().getErr().println("brickoptima: no execution of " + old + " matched one of " + neu
                + " (by description or normalised SQL)");
            return ExitCode.USAGE;
        }
        return failOnRegression && report.regressions() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
