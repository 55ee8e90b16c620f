package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.plan.MetricUnit;
import dev.brickoptima.core.plan.MetricValue;
import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two physical plans of the same query (old, new) and lists what got worse: join strategy changes (a lost
 * broadcast above all), new shuffle exchanges, filters no longer pushed to a scan, lost partition pruning, new
 * cartesian or nested-loop joins, operator growth and, when both plans carry runtime metrics, duration, shuffle and
 * spill increases beyond the thresholds. Joins and scans are matched by what they do (join type and keys with Spark's
 * expression ids removed; table or location), not by operator ids, which shift whenever the plan changes.
 */
public final class PlanComparator {
    private final CompareThresholds thresholds;

    public PlanComparator(CompareThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** Changes from {@code old} to {@code neu}; {@code oldDurationMs}/{@code newDurationMs} are -1 when unknown. */
    public List<PlanChange> compare(PhysicalPlan old, PhysicalPlan neu, long oldDurationMs, long newDurationMs) {
        List<PlanChange> out = new ArrayList<>();
        List<PlanOperator> a = old.activeOperators();
        List<PlanOperator> b = neu.activeOperators();
        joins(a, b, out);
        exchanges(a, b, out);
        scans(a, b, out);
        growth(a, b, out);
        if (old.hasMetrics() && neu.hasMetrics()) metrics(a, b, out);
        if (oldDurationMs >= 0 && newDurationMs >= 0 && thresholds.exceeded(oldDurationMs, newDurationMs, thresholds.minDurationMs())) {
            out.add(new PlanChange(PlanChange.Kind.DURATION, true, "duration grew from " + PlanNumbers.millis(oldDurationMs)
                + " to " + PlanNumbers.millis(newDurationMs) + " (" + percent(oldDurationMs, newDurationMs) + ")", null, null));
        }
        return out;
    }

    // ---- joins ----

    private static void joins(List<PlanOperator> a, List<PlanOperator> b, List<PlanChange> out) {
        Map<String, List<PlanOperator>> oldByKey = byKey(a, true);
        Map<String, List<PlanOperator>> newByKey = byKey(b, true);
        int oldCartesian = count(a, "CartesianProduct");
        int oldNlj = count(a, "BroadcastNestedLoopJoin");
        for (Map.Entry<String, List<PlanOperator>> e : newByKey.entrySet()) {
            List<PlanOperator> olds = oldByKey.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < e.getValue().size(); i++) {
                PlanOperator n = e.getValue().get(i);
                PlanOperator o = i < olds.size() ? olds.get(i) : null;
                if (o == null || o.kind().equals(n.kind())) continue;
                boolean lostBroadcast = isBroadcastJoin(o) && !isBroadcastJoin(n);
                boolean worse = lostBroadcast || isNestedOrCartesian(n) && !isNestedOrCartesian(o);
                String on = keysText(n);
                out.add(new PlanChange(lostBroadcast ? PlanChange.Kind.LOST_BROADCAST : PlanChange.Kind.JOIN_STRATEGY, worse,
                    (lostBroadcast ? "broadcast lost: " : "join strategy changed: ") + o.kind() + " -> " + n.kind()
                        + (n.joinType() == null ? "" : " (" + n.joinType() + ")") + (on.isEmpty() ? "" : " on " + on)
                        + (lostBroadcast ? "; both sides are now shuffled (and sorted for a sort-merge join)" : ""),
                    ref(o), ref(n)));
            }
        }
        int newCartesian = count(b, "CartesianProduct");
        int newNlj = count(b, "BroadcastNestedLoopJoin");
        if (newCartesian > oldCartesian) {
            PlanOperator first = first(b, "CartesianProduct");
            out.add(new PlanChange(PlanChange.Kind.NEW_CARTESIAN, true, "new cartesian product (" + oldCartesian + " -> "
                + newCartesian + "): every row of one side is paired with every row of the other", null, ref(first)));
        }
        if (newNlj > oldNlj) {
            PlanOperator first = first(b, "BroadcastNestedLoopJoin");
            out.add(new PlanChange(PlanChange.Kind.NEW_NESTED_LOOP, true, "new nested-loop join (" + oldNlj + " -> " + newNlj
                + "): the join condition is evaluated for every pair of rows", null, ref(first)));
        }
    }

    private static Map<String, List<PlanOperator>> byKey(List<PlanOperator> ops, boolean joinsOnly) {
        Map<String, List<PlanOperator>> m = new LinkedHashMap<>();
        for (PlanOperator op : ops) {
            if (joinsOnly && !op.isJoin()) continue;
            m.computeIfAbsent(joinKey(op), k -> new ArrayList<>()).add(op);
        }
        return m;
    }

    /** Join type and keys (or condition) without expression ids: stable across strategies and runs. */
    static String joinKey(PlanOperator op) {
        String type = op.joinType() == null ? "" : op.joinType();
        if (type.equals("Cross")) type = "Inner"; // a cartesian product prints Cross, the same join planned otherwise Inner
        return type + "|" + keysText(op) + "|" + withoutIds(op.joinCondition() == null ? "" : op.joinCondition());
    }

    private static String keysText(PlanOperator op) {
        List<String> keys = new ArrayList<>();
        for (String k : new String[] {"Left keys", "Right keys"}) {
            String v = op.detail(k);
            if (v != null && !PlanText.isEmptyList(v)) keys.add(withoutIds(v.trim()));
        }
        return String.join(" = ", keys);
    }

    private static boolean isBroadcastJoin(PlanOperator op) {
        return op.is("BroadcastHashJoin");
    }

    private static boolean isNestedOrCartesian(PlanOperator op) {
        return op.is("BroadcastNestedLoopJoin") || op.is("CartesianProduct");
    }

    // ---- exchanges ----

    private static void exchanges(List<PlanOperator> a, List<PlanOperator> b, List<PlanChange> out) {
        List<PlanOperator> oldEx = shuffles(a);
        List<PlanOperator> newEx = shuffles(b);
        if (newEx.size() <= oldEx.size()) return;
        List<String> oldParts = new ArrayList<>();
        for (PlanOperator op : oldEx) oldParts.add(partitioning(op));
        List<String> added = new ArrayList<>();
        PlanOperator firstNew = null;
        for (PlanOperator op : newEx) {
            String p = partitioning(op);
            if (!oldParts.remove(p)) {
                added.add(p.isEmpty() ? ref(op) : p);
                if (firstNew == null) firstNew = op;
            }
        }
        out.add(new PlanChange(PlanChange.Kind.NEW_EXCHANGE, true, (newEx.size() - oldEx.size()) + " more shuffle exchange"
            + (newEx.size() - oldEx.size() == 1 ? "" : "s") + " (" + oldEx.size() + " -> " + newEx.size() + ")"
            + (added.isEmpty() ? "" : ": " + String.join("; ", added)), null, firstNew == null ? null : ref(firstNew)));
    }

    private static List<PlanOperator> shuffles(List<PlanOperator> ops) {
        List<PlanOperator> out = new ArrayList<>();
        for (PlanOperator op : ops) if (op.isShuffle()) out.add(op);
        return out;
    }

    private static String partitioning(PlanOperator op) {
        String args = op.detail("Arguments");
        String s = args != null ? args : op.arguments();
        int comma = s.lastIndexOf(", ENSURE_REQUIREMENTS");
        if (comma > 0) s = s.substring(0, comma);
        int plan = s.indexOf(", [plan_id=");
        if (plan > 0) s = s.substring(0, plan);
        return withoutIds(s.trim());
    }

    // ---- scans ----

    private static void scans(List<PlanOperator> a, List<PlanOperator> b, List<PlanChange> out) {
        Map<String, List<PlanOperator>> oldScans = scansByTable(a);
        Map<String, List<PlanOperator>> newScans = scansByTable(b);
        for (Map.Entry<String, List<PlanOperator>> e : newScans.entrySet()) {
            List<PlanOperator> olds = oldScans.getOrDefault(e.getKey(), List.of());
            for (int i = 0; i < e.getValue().size() && i < olds.size(); i++) {
                PlanOperator o = olds.get(i);
                PlanOperator n = e.getValue().get(i);
                List<String> oldPushed = items(o.detail("PushedFilters"));
                List<String> newPushed = items(n.detail("PushedFilters"));
                List<String> lost = new ArrayList<>(oldPushed);
                lost.removeAll(newPushed);
                if (!lost.isEmpty()) {
                    out.add(new PlanChange(PlanChange.Kind.LOST_PUSHDOWN, true, "filter" + (lost.size() == 1 ? "" : "s")
                        + " no longer pushed to the scan of " + e.getKey() + ": " + String.join(", ", lost)
                        + " (the source now returns rows it used to skip; a function on the column blocks pushdown)", ref(o), ref(n)));
                }
                List<String> oldPart = items(o.detail("PartitionFilters"));
                List<String> newPart = items(n.detail("PartitionFilters"));
                if (!oldPart.isEmpty() && newPart.isEmpty()) {
                    out.add(new PlanChange(PlanChange.Kind.LOST_PARTITION_PRUNING, true, "partition pruning lost on " + e.getKey()
                        + ": PartitionFilters was " + String.join(", ", oldPart) + ", now every partition is read", ref(o), ref(n)));
                } else if (!oldPart.equals(newPart) && !newPart.isEmpty()) {
                    out.add(new PlanChange(PlanChange.Kind.PARTITION_FILTER_CHANGED, false, "partition filter on " + e.getKey()
                        + " changed: " + (oldPart.isEmpty() ? "none" : String.join(", ", oldPart)) + " -> "
                        + String.join(", ", newPart), ref(o), ref(n)));
                }
            }
        }
    }

    private static Map<String, List<PlanOperator>> scansByTable(List<PlanOperator> ops) {
        Map<String, List<PlanOperator>> m = new LinkedHashMap<>();
        for (PlanOperator op : ops) {
            if (!op.isScan()) continue;
            String key = op.tableName();
            if (key == null || key.isEmpty()) key = op.detail("Location") != null ? withoutIds(op.detail("Location").trim()) : op.name();
            m.computeIfAbsent(key, k -> new ArrayList<>()).add(op);
        }
        return m;
    }

    private static List<String> items(String list) {
        if (list == null || PlanText.isEmptyList(list)) return List.of();
        List<String> out = new ArrayList<>();
        for (String s : PlanText.listItems(list.trim())) out.add(withoutIds(s.trim()));
        Collections.sort(out);
        return out;
    }

    // ---- size and metrics ----

    private void growth(List<PlanOperator> a, List<PlanOperator> b, List<PlanChange> out) {
        if (thresholds.exceeded(a.size(), b.size(), thresholds.minOperatorDelta())) {
            out.add(new PlanChange(PlanChange.Kind.OPERATOR_GROWTH, true, "the plan grew from " + a.size() + " to " + b.size()
                + " operators (" + percent(a.size(), b.size()) + ")", null, null));
        }
    }

    private void metrics(List<PlanOperator> a, List<PlanOperator> b, List<PlanChange> out) {
        double oldShuffle = sum(a, "shuffle bytes written");
        double newShuffle = sum(b, "shuffle bytes written");
        if (thresholds.exceeded(oldShuffle, newShuffle, thresholds.minBytes())) {
            out.add(new PlanChange(PlanChange.Kind.SHUFFLE, true, "shuffle write grew from " + PlanNumbers.bytes(oldShuffle) + " to "
                + PlanNumbers.bytes(newShuffle) + " (" + percent(oldShuffle, newShuffle) + ")", null, null));
        }
        double oldSpill = sum(a, "spill size");
        double newSpill = sum(b, "spill size");
        if (thresholds.exceeded(oldSpill, newSpill, thresholds.minBytes())) {
            out.add(new PlanChange(PlanChange.Kind.SPILL, true, "spill grew from " + PlanNumbers.bytes(oldSpill) + " to "
                + PlanNumbers.bytes(newSpill) + (oldSpill > 0 ? " (" + percent(oldSpill, newSpill) + ")" : ""), null, null));
        }
    }

    private static double sum(List<PlanOperator> ops, String metric) {
        double total = 0;
        for (PlanOperator op : ops) {
            MetricValue v = op.metric(metric);
            if (v != null && v.unit() == MetricUnit.BYTES) total += v.total();
        }
        return total;
    }

    // ---- helpers ----

    private static int count(List<PlanOperator> ops, String kind) {
        int n = 0;
        for (PlanOperator op : ops) if (op.is(kind)) n++;
        return n;
    }

    private static PlanOperator first(List<PlanOperator> ops, String kind) {
        for (PlanOperator op : ops) if (op.is(kind)) return op;
        return null;
    }

    static String ref(PlanOperator op) {
        return op == null ? null : "(" + op.id() + ") " + op.name();
    }

    private static String percent(double oldValue, double newValue) {
        if (oldValue <= 0) return "new";
        return "+" + Math.round((newValue - oldValue) * 100 / oldValue) + "%";
    }

    /** Spark's expression ids ({@code id#12L}) and plan ids ({@code [plan_id=7]}) differ between runs of the same query. */
    static String withoutIds(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '#' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
                if (i < s.length() && s.charAt(i) == 'L' && (i + 1 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 1)))) i++;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
