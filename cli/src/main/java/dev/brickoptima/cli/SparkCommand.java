package dev.brickoptima.cli;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.StageSummary;
import dev.brickoptima.core.report.InputReport;
import dev.brickoptima.jvm.report.AnalyzedInput;
import dev.brickoptima.jvm.report.ReportContext;
import dev.brickoptima.jvm.spark.SparkApiException;
import dev.brickoptima.jvm.spark.SparkApplication;
import dev.brickoptima.jvm.spark.SparkRestClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/**
 * {@code brickoptima spark --url URL [--app ID] [--execution N]}: fetches SQL executions and stage task summaries
 * from a live driver UI, a History Server or a proxied UI and analyses each execution's plan with its metrics.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Analyze the SQL executions of a live Spark application (driver UI, History Server, or a proxied UI with a bearer token).")
public final class SparkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL",
        description = "Spark UI or History Server base URL, e.g. http://localhost:4040 or http://history:18080 (a trailing /api/v1 is fine).")
    String url;

    @Option(names = "--app", paramLabel = "ID",
        description = "Application id (id/attemptId for an attempt). Default: the only application at the URL.")
    String app;

    @Option(names = "--execution", paramLabel = "N", description = "Analyze only this SQL execution id. Default: all executions.")
    Long execution;

    @Mixin
    SparkUiOptions uiOptions;

    @Mixin
    ConfigOptions configOptions;

    @Mixin
    ReportOptions reportOptions;

    @Override
    public Integer call() throws IOException {
        reportOptions.threshold();
        AnalyzerConfig config = configOptions.build();
        SparkRestClient client = uiOptions.client(url);
        List<AnalyzedInput> reports = new ArrayList<>(); // with the plan text, so the HTML report can draw each plan
        try {
            String appPath = app != null ? app : onlyApplication(client);
            List<SqlExecution> executions = execution != null
                ? List.of(client.execution(appPath, execution)) : client.executions(appPath);
            List<StageSummary> stages = client.stages(appPath);
            // each execution gets only its own stages, so one query's skew or spill is never blamed on another
            Map<Long, Set<Integer>> stageIds = execution != null
                ? Map.of(execution, client.stageIds(appPath, execution)) : client.stageIdsByExecution(appPath);
            PlanAnalyzer analyzer = new PlanAnalyzer(config);
            // the application's own configuration (e.g. spark.sql.autoBroadcastJoinThreshold) for the rules
            Map<String, String> environment = environment(client, appPath);
            List<SqlExecution> withoutPlan = new ArrayList<>();
            for (SqlExecution e : executions) {
                String label = appPath + " execution " + e.id() + (e.description().isBlank() ? "" : " (" + oneLine(e.description()) + ")");
                if (e.planDescription().isBlank()) {
                    // running executions and some commands have no plan yet: listed once below, not an error
                    withoutPlan.add(e);
                    continue;
                }
                Set<Integer> own = stageIds.getOrDefault(e.id(), Set.of());
                List<StageSummary> ownStages = stages.stream().filter(st -> own.contains(st.stageId())).collect(Collectors.toList());
                PlanAnalysis a = analyzer.analyzeExecution(e.withEnvironment(environment), ownStages);
                int operators = a.plan() == null ? 0 : a.plan().operators().size();
                reports.add(new AnalyzedInput(new InputReport(label, "spark-execution", operators, a.findings(), a.internalErrors()),
                    e.planDescription(), null));
            }
            if (!withoutPlan.isEmpty()) {
                reports.add(AnalyzedInput.of(new InputReport(appPath, "spark-execution", 0,
                    PlanMissing.findings(config, withoutPlan, null), List.of())));
            }
        } catch (SparkApiException e) {
            throw new UsageException(SparkUiOptions.message(e));
        }
        int code = reportOptions.write(reports, new ReportContext(Main.VERSION, BaseDir.detect(Path.of(""))), spec.commandLine().getOut());
        return reportOptions.exitCode(reports, code, spec.commandLine().getErr());
    }

    /** The application's configuration; a UI that does not serve /environment only loses that context. */
    private static Map<String, String> environment(SparkRestClient client, String appPath) {
        try {
            return client.sparkProperties(appPath);
        } catch (SparkApiException e) {
            return Map.of();
        }
    }

    private String onlyApplication(SparkRestClient client) {
        List<SparkApplication> apps = client.applications();
        if (apps.isEmpty()) throw new UsageException("no Spark application at " + client.apiBase());
        if (apps.size() > 1) {
            String ids = apps.stream().limit(10).map(SparkApplication::apiPath).collect(Collectors.joining(", "));
            throw new UsageException(apps.size() + " applications at " + client.apiBase() + "; choose one with --app ("
                + ids + (apps.size() > 10 ? ", ..." : "") + ")");
        }
        return apps.get(0).apiPath();
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").trim();
        return t.length() <= 100 ? t : t.substring(0, 100) + "...";
    }
}
