package dev.brickoptima.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.input.InputKind;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.core.plan.SqlExecution;
import dev.brickoptima.core.plan.compare.ComparedPlan;
import dev.brickoptima.jvm.spark.SparkApiException;
import dev.brickoptima.jvm.spark.SparkApplication;
import dev.brickoptima.jvm.spark.SparkRestClient;
import dev.brickoptima.jvm.spark.SparkRestJson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One side of {@code brickoptima compare}: a plan text file, a Spark REST JSON dump (one execution or the list), or a
 * live Spark UI / History Server URL: the whole application, or one execution when the URL is an execution page
 * ({@code .../SQL/execution/?id=N}, {@code .../history/APP/SQL/execution/?id=N}) or a REST execution URL.
 */
final class PlanSource {
    private static final Pattern EXECUTION_PAGE = Pattern.compile("^(.*?)(?:/history/([^/?#]+)(?:/[^/?#]+)?)?/SQL/execution/?\\?id=(\\d+).*$");
    private static final Pattern REST_EXECUTION = Pattern.compile("^(.*?)/api/v1/applications/([^/?#]+)(?:/([^/?#]+))?/sql/(\\d+).*$");
    private static final Pattern HISTORY_APP = Pattern.compile("^(.*?)/history/([^/?#]+)(?:/.*)?$");

    private PlanSource() {
    }

    static List<ComparedPlan> load(String spec, AnalyzerConfig config, SparkUiOptions ui) {
        PlanAnalyzer binder = new PlanAnalyzer(config, List.of()); // parses and binds metrics; the rules are not needed here
        if (spec.startsWith("http://") || spec.startsWith("https://")) return live(spec, binder, ui);
        Path file = Path.of(spec);
        String text = InputAnalyzer.readOrThrow(file);
        InputKind kind = InputKind.detect(text);
        if (kind == InputKind.PLAN_TEXT) {
            PlanAnalysis a = binder.analyzeText(text);
            if (a.plan() == null) throw new UsageException(spec + ": not a Spark physical plan: " + a.findings().get(0).message());
            return List.of(new ComparedPlan(spec, "", a.plan(), -1));
        }
        if (kind == InputKind.SQL) throw new UsageException(spec + ": not a Spark plan or REST JSON (looks like SQL)");
        if (kind == InputKind.POSTGRES_PLAN) throw new UsageException(spec + ": a PostgreSQL plan; compare reads Spark plans");
        List<SqlExecution> executions;
        try {
            executions = SparkRestJson.executions(SparkRestJson.read(text));
        } catch (JsonProcessingException e) {
            throw new UsageException(spec + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (executions.isEmpty()) throw new UsageException(spec + ": no Spark SQL execution found in the JSON");
        return plans(spec, executions, binder);
    }

    private static List<ComparedPlan> live(String url, PlanAnalyzer binder, SparkUiOptions ui) {
        String base = url;
        String app = null;
        Long execution = null;
        Matcher m;
        if ((m = REST_EXECUTION.matcher(url)).matches()) {
            base = m.group(1);
            app = m.group(3) == null ? m.group(2) : m.group(2) + "/" + m.group(3);
            execution = Long.parseLong(m.group(4));
        } else if ((m = EXECUTION_PAGE.matcher(url)).matches()) {
            base = m.group(1);
            app = m.group(2);
            execution = Long.parseLong(m.group(3));
        } else if ((m = HISTORY_APP.matcher(url)).matches()) {
            base = m.group(1);
            app = m.group(2);
        }
        try {
            SparkRestClient client = ui.client(base);
            if (app == null) app = onlyApplication(client);
            List<SqlExecution> executions = execution != null ? List.of(client.execution(app, execution)) : client.executions(app);
            String label = base + " " + app;
            return plans(label, executions, binder);
        } catch (SparkApiException e) {
            throw new UsageException(SparkUiOptions.message(e));
        }
    }

    private static String onlyApplication(SparkRestClient client) {
        List<SparkApplication> apps = client.applications();
        if (apps.size() != 1) {
            throw new UsageException(apps.size() + " applications at " + client.apiBase()
                + "; name one with a URL like .../history/<app-id> or .../api/v1/applications/<app-id>/sql/<N>");
        }
        return apps.get(0).apiPath();
    }

    private static List<ComparedPlan> plans(String label, List<SqlExecution> executions, PlanAnalyzer binder) {
        List<ComparedPlan> out = new ArrayList<>();
        for (SqlExecution e : executions) {
            if (e.planDescription() == null || e.planDescription().isBlank()) continue; // running, or a command without a plan
            PlanAnalysis a = binder.analyzeExecution(e, List.of());
            if (a.plan() == null) continue;
            out.add(new ComparedPlan(label + " execution " + e.id(), e.description(), a.plan(), e.durationMs()));
        }
        return out;
    }
}
