package dev.brickoptima.core.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One physical operator. In EXPLAIN FORMATTED input the id is Spark's {@code (N)}; in classic trees it is the
 * position in pre-order (1-based). Details use Spark's formatted keys ({@code Output}, {@code Input},
 * {@code PushedFilters}, {@code PartitionFilters}, {@code DataFilters}, {@code Location}, {@code ReadSchema},
 * {@code Keys}, {@code Left keys}, {@code Right keys}, {@code Join type}, {@code Join condition},
 * {@code Condition}, {@code Arguments}, {@code Functions}, ...); classic arguments are mapped onto the same keys.
 */
public final class PlanOperator {
    private final int id;
    private String name;
    private String kind; // of name; every rule asks, so it is computed once, not a substring per question
    // what the kind says, also asked by most rules of every operator: answered once, not by string tests per question
    private boolean scan;
    private boolean join;
    private boolean shuffle;
    private String label = "";
    private String arguments = "";
    private final Map<String, String> details = new LinkedHashMap<>();
    private final List<PlanOperator> children = new ArrayList<>();
    // both empty for most operators (and metrics for all of a text plan): created on first use, 88 B less per operator
    private List<PlanOperator> innerChildren = Collections.emptyList();
    private PlanOperator parent;
    private int codegenStageId = -1;
    private int reusesId = -1;
    private PlanOperator reused;
    private PlanStatistics statistics;
    private Map<String, MetricValue> metrics = Collections.emptyMap(); // null-tolerant like the map it stands for
    private long restNodeId = -1;
    private PlanOperator finalPlan;
    private PlanOperator initialPlan;
    private int start = -1;
    private int end = -1;
    private int line = -1;
    private int column = -1;
    private int detailLine = -1;
    private boolean inTree;
    private boolean inSubquery;

    public PlanOperator(int id, String name) {
        this.id = id;
        setName(name);
    }

    public int id() { return id; }
    /** Spark's node name: {@code HashAggregate}, {@code Scan parquet spark_catalog.default.t}, {@code SortMergeJoin(skew=true)}. */
    public String name() { return name; }
    /** The tree line as printed, without codegen marker and id ({@code BroadcastHashJoin Inner BuildRight}). */
    public String label() { return label; }
    /** What the tree line says after the name ({@code Inner BuildRight}; the whole argument list in classic trees). */
    public String arguments() { return arguments; }
    public Map<String, String> details() { return Collections.unmodifiableMap(details); }
    /** A detail value by key, or null. */
    public String detail(String key) { return details.get(key); }
    public List<PlanOperator> children() { return Collections.unmodifiableList(children); }
    /** Subplans printed under this operator that are not its data inputs (subqueries, command plans). */
    public List<PlanOperator> innerChildren() { return Collections.unmodifiableList(innerChildren); }
    public PlanOperator parent() { return parent; }
    /** Whole-stage codegen id, or -1 when the operator is not code-generated. */
    public int codegenStageId() { return codegenStageId; }
    /** For {@code ReusedExchange}: the id of the reused operator, else -1. */
    public int reusesId() { return reusesId; }
    /** For {@code ReusedExchange}: the reused operator when it is in the plan, else null. */
    public PlanOperator reused() { return reused; }
    public PlanStatistics statistics() { return statistics; }
    public Map<String, MetricValue> metrics() { return Collections.unmodifiableMap(metrics); }
    public MetricValue metric(String metricName) { return metrics.get(metricName); }
    /** For AdaptiveSparkPlan: root of the final plan, or null. */
    public PlanOperator finalPlan() { return finalPlan; }
    /** For AdaptiveSparkPlan: root of the initial plan, or null. */
    public PlanOperator initialPlan() { return initialPlan; }
    /** Offset range of the operator's line in the parsed text (tree line, else its detail header); -1 when unknown. */
    public int start() { return start; }
    public int end() { return end; }
    /** 1-based line in the parsed text, or -1. */
    public int line() { return line; }
    public int column() { return column; }
    public int detailLine() { return detailLine; }
    /** Whether the operator is under a subquery (formatted Subqueries section or a classic inner child). */
    public boolean inSubquery() { return inSubquery; }

    /** Leading identifier of the name: {@code Scan}, {@code SortMergeJoin}, {@code Exchange}. */
    public String kind() {
        return kind;
    }

    public boolean is(String kind) {
        return kind().equals(kind);
    }

    public boolean isScan() {
        return scan;
    }

    /** A file/table scan that reads through a catalog table or path (has ReadSchema / Location). */
    public boolean isFileScan() {
        return isScan() && (details.containsKey("ReadSchema") || details.containsKey("Location"));
    }

    public boolean isJoin() {
        return join;
    }

    /** A shuffle: {@code Exchange}, {@code ShuffleExchange}, {@code GpuShuffleExchange}, ... (not a broadcast). */
    public boolean isShuffle() {
        return shuffle;
    }

    /** Table name of a scan ({@code spark_catalog.default.store_sales}), or null. */
    public String tableName() {
        if (!isScan()) return null;
        List<String> parts = PlanText.words(name, " ");
        String t = parts.size() >= 3 ? parts.get(2) : null;
        if (t == null || t.isEmpty()) return null;
        int b = t.indexOf('[');
        return b > 0 ? t.substring(0, b) : t;
    }

    /** Join type: {@code Inner}, {@code LeftOuter}, {@code Cross}, ... from details or the tree line; null when absent. */
    public String joinType() {
        String jt = details.get("Join type");
        if (jt != null) return jt.trim();
        for (String w : PlanText.words(arguments, " ,")) {
            if (isJoinType(w)) return w;
        }
        return null;
    }

    /** {@code BuildLeft}/{@code BuildRight} (or null). */
    public String buildSide() {
        String bs = details.get("Build side");
        if (bs != null) return bs.trim();
        if (arguments.contains("BuildRight")) return "BuildRight";
        if (arguments.contains("BuildLeft")) return "BuildLeft";
        return null;
    }

    /** Join condition, or null when the plan says None or prints none. */
    public String joinCondition() {
        String c = details.get("Join condition");
        if (c == null) return null;
        c = c.trim();
        return c.isEmpty() || c.equals("None") ? null : c;
    }

    /** Whether the join has equi-join keys (Left keys / Right keys non-empty). */
    public boolean hasEquiKeys() {
        String l = details.get("Left keys");
        return l != null && !PlanText.isEmptyList(l);
    }

    /** The Filter condition, or null. */
    public String condition() {
        String c = details.get("Condition");
        return c == null ? null : c.trim();
    }

    /** Children followed by inner children: everything executed under this operator. */
    public List<PlanOperator> allChildren() {
        if (innerChildren.isEmpty()) return children();
        List<PlanOperator> all = new ArrayList<>(children);
        all.addAll(innerChildren);
        return all;
    }

    @Override
    public String toString() {
        return "(" + id + ") " + name;
    }

    static boolean isJoinType(String w) {
        switch (w) {
            case "Inner": case "Cross": case "LeftOuter": case "RightOuter": case "FullOuter":
            case "LeftSemi": case "LeftAnti": case "LeftSingle":
                return true;
            default:
                return w.startsWith("ExistenceJoin");
        }
    }

    // ---- mutation by the parser and the metrics binder (package-private) ----

    void setName(String n) {
        this.name = n;
        int i = 0;
        while (i < n.length() && (Character.isLetterOrDigit(n.charAt(i)) || n.charAt(i) == '_')) i++;
        String k = n.substring(0, i);
        this.kind = k;
        this.scan = k.equals("Scan") || k.equals("FileScan") || k.equals("BatchScan") || k.endsWith("TableScan")
            || k.endsWith("ScanExec") || k.equals("RowDataSourceScan");
        this.join = k.endsWith("Join") || k.equals("CartesianProduct");
        this.shuffle = k.equals("Exchange") || k.endsWith("ShuffleExchange") || k.equals("PhotonShuffleExchangeSink");
    }
    void setLabel(String l) { this.label = l; }
    void setArguments(String a) { this.arguments = a; }
    void putDetail(String k, String v) { details.put(k, v); }
    void appendDetail(String k, String more) { details.put(k, details.get(k) + "\n" + more); }
    void setCodegenStageId(int c) { this.codegenStageId = c; }
    void setReusesId(int r) { this.reusesId = r; }
    void setReused(PlanOperator r) { this.reused = r; }
    void setStatistics(PlanStatistics s) { this.statistics = s; }
    void putMetric(String n, MetricValue v) {
        if (metrics.isEmpty()) metrics = new LinkedHashMap<>();
        metrics.put(n, v);
    }

    /** The Spark REST / UI graph node ({@code node_K}) this operator was bound to, or -1 when not bound. */
    public long restNodeId() { return restNodeId; }

    void setRestNodeId(long id) { this.restNodeId = id; }
    void setFinalPlan(PlanOperator p) { this.finalPlan = p; }
    void setInitialPlan(PlanOperator p) { this.initialPlan = p; }
    void setInSubquery(boolean b) { this.inSubquery = b; }
    boolean inTree() { return inTree; }
    void setInTree(boolean b) { this.inTree = b; }
    void setDetailLine(int l) { this.detailLine = l; }

    void setPosition(int start, int end, int line, int column) {
        this.start = start;
        this.end = end;
        this.line = line;
        this.column = column;
    }

    void addChild(PlanOperator c, boolean checkDuplicate) {
        if (checkDuplicate && children.contains(c)) return;
        children.add(c);
        if (c.parent == null) c.parent = this;
    }

    void addInnerChild(PlanOperator c, boolean checkDuplicate) {
        if (checkDuplicate && innerChildren.contains(c)) return;
        if (innerChildren.isEmpty()) innerChildren = new ArrayList<>();
        innerChildren.add(c);
        if (c.parent == null) c.parent = this;
    }
}
