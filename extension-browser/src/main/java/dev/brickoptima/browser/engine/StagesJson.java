package dev.brickoptima.browser.engine;

import dev.brickoptima.core.plan.StageSummary;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps Spark REST stage objects ({@code /stages/<id>?details=true&withSummaries=true}) onto the core's
 * {@link StageSummary}, as the JVM layer's SparkRestJson does with Jackson: totals plus every number array under
 * {@code taskMetricsDistributions}, keyed by its dotted JSON path.
 */
final class StagesJson {
    private StagesJson() {
    }

    interface Stage extends JSObject {
        @JSProperty double getStageId();
        @JSProperty double getAttemptId();
        @JSProperty String getStatus();
        @JSProperty String getName();
        @JSProperty double getNumTasks();
        @JSProperty double getExecutorRunTime();
        @JSProperty double getMemoryBytesSpilled();
        @JSProperty double getDiskBytesSpilled();
        @JSProperty double getInputBytes();
        @JSProperty double getInputRecords();
        @JSProperty double getShuffleReadBytes();
        @JSProperty double getShuffleReadRecords();
        @JSProperty double getShuffleWriteBytes();
        /** [[path, [numbers]], ...] of taskMetricsDistributions, "quantiles" included; filled by {@link #parse}. */
        @JSProperty("__brickoptimaDistributions") JSArrayReader<JSArrayReader<JSObject>> getDistributions();
    }

    /** Parses a JSON array of stage objects; absent strings become "" (JSO cannot take undefined as a String). */
    @JSBody(params = "json", script =
        "var boStages; try { boStages = JSON.parse(json); } catch (boErr) { return []; }"
        + "if (!Array.isArray(boStages)) return [];"
        + "return boStages.filter(function(boStage) { return boStage && typeof boStage.stageId === 'number'; })"
        + ".map(function(boStage) {"
        + " var boOut = [];"
        + " var boWalk = function(boPrefix, boNode) { Object.keys(boNode).forEach(function(boKey) {"
        + "  var boValue = boNode[boKey];"
        + "  if (Array.isArray(boValue)) boOut.push([boPrefix + boKey, boValue.map(Number)]);"
        + "  else if (boValue && typeof boValue === 'object') boWalk(boPrefix + boKey + '.', boValue); }); };"
        + " if (boStage.taskMetricsDistributions && typeof boStage.taskMetricsDistributions === 'object')"
        + "  boWalk('', boStage.taskMetricsDistributions);"
        + " boStage.__brickoptimaDistributions = boOut;"
        + " if (typeof boStage.status !== 'string') boStage.status = '';"
        + " if (typeof boStage.name !== 'string') boStage.name = '';"
        + " return boStage; });")
    private static native JSArrayReader<Stage> parse(String json);

    @JSBody(params = "value", script = "return String(value);")
    private static native String text(JSObject value);

    @JSBody(params = "array", script = "return array.length;")
    private static native int length(JSObject array);

    @JSBody(params = {"array", "index"}, script = "var boNumber = Number(array[index]); return boNumber;")
    private static native double at(JSObject array, int index);

    private static double[] numbers(JSObject array) {
        double[] v = new double[length(array)];
        for (int i = 0; i < v.length; i++) v[i] = at(array, i);
        return v;
    }

    private static long num(double v) {
        return Double.isNaN(v) ? 0 : (long) v;
    }

    static List<StageSummary> stages(String json) {
        List<StageSummary> out = new ArrayList<>();
        if (json == null || json.isEmpty()) return out;
        JSArrayReader<Stage> stages = parse(json);
        for (int i = 0; i < stages.getLength(); i++) {
            Stage s = stages.get(i);
            StageSummary.Builder b = StageSummary.builder((int) num(s.getStageId()))
                .attemptId((int) num(s.getAttemptId()))
                .status(s.getStatus())
                .name(s.getName())
                .numTasks((int) num(s.getNumTasks()))
                .executorRunTimeMs(num(s.getExecutorRunTime()))
                .memoryBytesSpilled(num(s.getMemoryBytesSpilled()))
                .diskBytesSpilled(num(s.getDiskBytesSpilled()))
                .inputBytes(num(s.getInputBytes()))
                .inputRecords(num(s.getInputRecords()))
                .shuffleReadBytes(num(s.getShuffleReadBytes()))
                .shuffleReadRecords(num(s.getShuffleReadRecords()))
                .shuffleWriteBytes(num(s.getShuffleWriteBytes()));
            JSArrayReader<JSArrayReader<JSObject>> dists = s.getDistributions();
            for (int k = 0; dists != null && k < dists.getLength(); k++) {
                String path = text(dists.get(k).get(0));
                double[] values = numbers(dists.get(k).get(1));
                if ("quantiles".equals(path)) b.quantiles(values);
                else b.distribution(path, values);
            }
            out.add(b.build());
        }
        return out;
    }
}
