package dev.brickoptima.core.eventlog;

import dev.brickoptima.core.plan.SqlExecutionEdge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL execution graph Spark's UI and REST API derive from a plan info tree: nodes numbered in pre-order with
 * {@code WholeStageCodegen} clusters interleaved, {@code InputAdapter} and AQE query stages left out, reused exchanges
 * and subqueries pointing at the original. Built the way Spark's {@code SparkPlanGraph} builds it, so node ids, names
 * and metrics line up with what the REST API returns for the same execution.
 */
public final class PlanGraph {

    /** A graph node; {@code clusterNodes} is non-empty only for a WholeStageCodegen cluster. */
    public static final class Node {
        private final long id;
        private final String name;
        private final List<PlanMetric> metrics;
        private final List<Node> clusterNodes = new ArrayList<>();
        private final boolean cluster;

        Node(long id, String name, List<PlanMetric> metrics, boolean cluster) {
            this.id = id;
            this.name = name;
            this.metrics = metrics;
            this.cluster = cluster;
        }

        public long id() { return id; }
        public String name() { return name; }
        public List<PlanMetric> metrics() { return metrics; }
        public boolean isCluster() { return cluster; }
        public List<Node> clusterNodes() { return clusterNodes; }
    }

    private final List<Node> nodes;
    private final List<SqlExecutionEdge> edges;

    private PlanGraph(List<Node> nodes, List<SqlExecutionEdge> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    /** Top-level nodes (clusters hold their members). */
    public List<Node> nodes() { return nodes; }

    public List<SqlExecutionEdge> edges() { return edges; }

    /** Every node including cluster members, each cluster after its members (Spark's {@code allNodes}). */
    public List<Node> allNodes() {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n.cluster) out.addAll(n.clusterNodes);
            out.add(n);
        }
        return out;
    }

    /** Every metric of every node, once per accumulator id (the execution's metric definitions). */
    public List<PlanMetric> metrics() {
        Map<Long, PlanMetric> byId = new java.util.LinkedHashMap<>();
        for (Node n : allNodes()) for (PlanMetric m : n.metrics) byId.put(m.accumulatorId(), m);
        return new ArrayList<>(byId.values());
    }

    public static PlanGraph of(PlanInfo root) {
        Builder b = new Builder();
        if (root != null) b.build(root, null, null);
        return new PlanGraph(b.nodes, b.edges);
    }

    /** Depth-first like Spark's recursion, with an explicit stack so a deep plan cannot overflow ours. */
    private static final class Builder {
        private long nextId;
        private final List<Node> nodes = new ArrayList<>();
        private final List<SqlExecutionEdge> edges = new ArrayList<>();
        private final Map<PlanInfo, Node> exchanges = new HashMap<>();

        private record Frame(PlanInfo info, Node parent, Node subgraph) {
        }

        void build(PlanInfo root, Node parent, Node subgraph) {
            java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
            stack.push(new Frame(root, parent, subgraph));
            while (!stack.isEmpty()) {
                Frame f = stack.pop();
                visit(f.info, f.parent, f.subgraph, stack);
            }
        }

        private void visit(PlanInfo info, Node parent, Node subgraph, java.util.ArrayDeque<Frame> stack) {
            String name = info.nodeName();
            PlanInfo first = info.children().isEmpty() ? null : info.children().get(0);
            if (name.startsWith("WholeStageCodegen")) {
                Node cluster = new Node(nextId++, name, info.metrics(), true);
                nodes.add(cluster);
                if (first != null) stack.push(new Frame(first, parent, cluster));
            } else if (name.equals("InputAdapter")) {
                if (first != null) stack.push(new Frame(first, parent, null));
            } else if (name.equals("BroadcastQueryStage") || name.equals("ShuffleQueryStage")) {
                if (first != null && exchanges.containsKey(first)) {
                    addEdge(exchanges.get(first), parent);
                } else if (first != null) {
                    stack.push(new Frame(first, parent, null));
                }
            } else if (name.equals("TableCacheQueryStage") || name.equals("ResultQueryStage")) {
                if (first != null) stack.push(new Frame(first, parent, null));
            } else if (name.equals("Subquery") && subgraph != null) {
                // a subquery is never part of a WholeStageCodegen cluster
                stack.push(new Frame(info, parent, null));
            } else if (name.equals("Subquery") && exchanges.containsKey(info)) {
                addEdge(exchanges.get(info), parent);
            } else if (name.equals("ReusedSubquery")) {
                if (first != null) stack.push(new Frame(first, parent, subgraph));
            } else if (name.equals("ReusedExchange") && first != null && exchanges.containsKey(first)) {
                addEdge(exchanges.get(first), parent);
            } else {
                Node node = new Node(nextId++, name, info.metrics(), false);
                if (subgraph == null) nodes.add(node);
                else subgraph.clusterNodes.add(node);
                if (name.contains("Exchange") || name.equals("Subquery")) exchanges.put(info, node);
                if (parent != null) edges.add(new SqlExecutionEdge(node.id, parent.id));
                List<PlanInfo> children = info.children();
                for (int i = children.size() - 1; i >= 0; i--) stack.push(new Frame(children.get(i), node, subgraph));
            }
        }

        private void addEdge(Node from, Node parent) {
            if (parent == null) return;
            SqlExecutionEdge e = new SqlExecutionEdge(from.id, parent.id);
            // a reused node may be reached twice; one edge is enough (rules never read edges)
            if (!edges.contains(e)) edges.add(e);
        }
    }
}
