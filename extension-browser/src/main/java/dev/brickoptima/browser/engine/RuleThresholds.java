package dev.brickoptima.browser.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The thresholds the rules read ({@code ctx.threshold(name, default)}), with their defaults, for the options page.
 * The one list the extension has: the options page and {@code configure} validation read it through
 * {@code BrickOptimaEngine.catalog()}, never a copy. When rule metadata declares its thresholds (issue #9), this
 * class becomes a loop over {@code RuleCatalog.all()} and nothing else changes.
 */
final class RuleThresholds {
    static final double MIB = 1024 * 1024;

    /** One threshold: {@code ruleId.name}, its default and what it limits. */
    static final class Threshold {
        final String ruleId;
        final String name;
        final double defaultValue;
        final String description;

        Threshold(String ruleId, String name, double defaultValue, String description) {
            this.ruleId = ruleId;
            this.name = name;
            this.defaultValue = defaultValue;
            this.description = description;
        }

        String key() {
            return ruleId + "." + name;
        }
    }

    private static final List<Threshold> ALL = build();

    private RuleThresholds() {
    }

    static List<Threshold> all() {
        return ALL;
    }

    static Threshold byKey(String key) {
        for (Threshold t : ALL) if (t.key().equals(key)) return t;
        return null;
    }

    static List<Threshold> of(String ruleId) {
        List<Threshold> out = new ArrayList<>();
        for (Threshold t : ALL) if (t.ruleId.equals(ruleId)) out.add(t);
        return out;
    }

    private static List<Threshold> build() {
        List<Threshold> l = new ArrayList<>();
        l.add(new Threshold("count-distinct-multiple", "max", 1, "COUNT(DISTINCT ...) aggregates allowed in one query"));
        l.add(new Threshold("large-in-list", "max", 500, "values allowed in one IN list"));
        l.add(new Threshold("plan-aqe-disabled", "onText", 0, "1 = also report on plan text, not only on live executions"));
        l.add(new Threshold("plan-broadcast-larger-side", "factor", 2, "broadcast side larger than the other side by this factor"));
        l.add(new Threshold("plan-exploding-join", "factor", 10, "output rows per row of the larger input"));
        l.add(new Threshold("plan-exploding-join", "minRows", 1_000_000, "output rows before the rule looks at a join"));
        l.add(new Threshold("plan-generate-explode", "maxFactor", 100, "rows out of a Generate per row in"));
        l.add(new Threshold("plan-global-sort", "maxRows", 10_000_000, "rows a global sort may order"));
        l.add(new Threshold("plan-large-broadcast", "maxBytes", 256 * MIB, "bytes a broadcast may hold"));
        l.add(new Threshold("plan-many-shuffles", "maxShuffles", 20, "shuffles in one plan"));
        l.add(new Threshold("plan-partition-filter-missing", "minPartitions", 10, "partitions read before a full scan is reported"));
        l.add(new Threshold("plan-skew", "factor", 5, "max task / median task of a stage"));
        l.add(new Threshold("plan-skew", "minRecords", 10_000, "records in the largest task"));
        l.add(new Threshold("plan-skew", "minBytes", 64 * MIB, "bytes in the largest task"));
        l.add(new Threshold("plan-skew", "minMillis", 2_000, "run time of the longest task, in ms"));
        l.add(new Threshold("plan-skew", "minTasks", 3, "tasks in the stage"));
        l.add(new Threshold("plan-small-files", "minFiles", 100, "files read by one scan"));
        l.add(new Threshold("plan-small-files", "maxAvgBytes", 16 * MIB, "average file size below which files are small"));
        l.add(new Threshold("plan-smj-could-broadcast", "maxBytes", 10 * MIB, "size of a join side small enough to broadcast"));
        l.add(new Threshold("plan-spill", "minBytes", 0, "spilled bytes before spill is reported"));
        l.add(new Threshold("plan-tiny-tasks", "minTasks", 200, "tasks in the stage"));
        l.add(new Threshold("plan-tiny-tasks", "maxMedianMillis", 50, "median task time, in ms"));
        l.add(new Threshold("plan-tiny-tasks", "maxPartitionBytes", MIB, "median bytes per task"));
        l.add(new Threshold("plan-window-without-partition", "maxRows", 100_000, "rows into a window without PARTITION BY"));
        return Collections.unmodifiableList(l);
    }
}
