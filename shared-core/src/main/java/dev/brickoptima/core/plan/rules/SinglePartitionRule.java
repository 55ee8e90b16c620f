package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.List;

/**
 * Data forced into one partition: Exchange SinglePartition, coalesce(1), repartition(1), a 1-partition hash or range
 * partitioning. Not reported where one partition is expected and cheap: the final step of an aggregate without
 * grouping keys (it receives one partial row per task), under a limit, or feeding a Window without partition spec
 * (plan-window-without-partition reports that).
 */
public final class SinglePartitionRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-single-partition")
        .title("Repartition or coalesce to one partition")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("All data goes through one partition, so one task on one core does the work that follows, and a "
            + "large input spills or runs out of memory. coalesce(1) before a write also collapses the upstream stage "
            + "into that single task. Write with several partitions (and compact files afterwards), use "
            + "repartition(n) by a key, or let AQE coalesce partitions (spark.sql.adaptive.coalescePartitions.enabled). "
            + "Not reported for global aggregates without GROUP BY or under a LIMIT, where one partition is expected.")
        .bad("df.coalesce(1).write.parquet(path)")
        .good("df.repartition(64, col(\"dt\")).write.partitionBy(\"dt\").parquet(path)")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator op : ctx.operators()) {
            String what = singlePartition(op);
            if (what == null) continue;
            if (op.isShuffle() && expected(op)) continue;
            double rows = Double.NaN;
            if (!PlanShapes.children(op).isEmpty()) rows = PlanShapes.sideRows(PlanShapes.children(op).get(0));
            String numbers = Double.isNaN(rows) ? "" : " (" + PlanNumbers.count(rows) + " rows)";
            ctx.report(op, what + " " + PlanShapes.ref(op) + " puts all data into one partition" + numbers
                    + ": the following work runs in a single task",
                METADATA.rationale(),
                Fix.hint("Use repartition(n, key) or let AQE coalesce partitions instead of coalesce(1) / repartition(1)"),
                Fix.hint("Write several files and compact them afterwards instead of coalescing to one"));
        }
    }

    /** A label when the operator forces one partition, else null. */
    static String singlePartition(PlanOperator op) {
        String args = op.detail("Arguments");
        if (args == null) args = op.arguments();
        if (args == null) return null;
        String a = args.trim();
        if (op.isShuffle()) {
            if (a.startsWith("SinglePartition")) return "Exchange SinglePartition";
            if (a.startsWith("RoundRobinPartitioning(1)")) return "repartition(1)";
            if ((a.startsWith("hashpartitioning(") || a.startsWith("rangepartitioning(")) && partitionsArg(a) == 1) return "1-partition shuffle";
            return null;
        }
        if (op.is("Coalesce") && (a.equals("1") || a.startsWith("1,") || a.startsWith("1 "))) return "coalesce(1)";
        return null;
    }

    /** The trailing partition count of {@code hashpartitioning(a#1, 200)}, or -1. */
    private static int partitionsArg(String a) {
        int close = a.indexOf(')');
        int depth = 0;
        for (int i = 0; i < a.length(); i++) {
            char c = a.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') {
                depth--;
                if (depth == 0) {
                    close = i;
                    break;
                }
            }
        }
        if (close < 0) return -1;
        String inner = a.substring(a.indexOf('(') + 1, close);
        List<String> items = PlanText.splitTopLevel(inner);
        if (items.isEmpty()) return -1;
        String last = items.get(items.size() - 1).trim();
        for (int i = 0; i < last.length(); i++) if (!Character.isDigit(last.charAt(i))) return -1;
        return last.isEmpty() || last.length() > 9 ? -1 : Integer.parseInt(last);
    }

    private static boolean expected(PlanOperator exchange) {
        List<PlanOperator> kids = PlanShapes.children(exchange);
        if (kids.size() == 1 && PlanShapes.isSingleRow(kids.get(0))) return true;
        if (kids.size() == 1) {
            PlanOperator below = PlanShapes.throughPassThrough(kids.get(0));
            String k = below.kind();
            if (k.equals("LocalLimit") || k.equals("CollectLimit") || k.equals("TakeOrderedAndProject")) return true;
            if ((k.equals("HashAggregate") || k.equals("ObjectHashAggregate") || k.equals("SortAggregate"))
                && PlanText.isEmptyList(below.detail("Keys"))) return true;
        }
        PlanOperator p = exchange.parent();
        for (int guard = 0; p != null && guard < 8; guard++) {
            String k = p.kind();
            if (k.equals("Window") || k.equals("GlobalLimit") || k.equals("CollectLimit") || k.equals("WindowGroupLimit")) return true;
            if (!PlanShapes.isPassThrough(p)) break;
            p = p.parent();
        }
        return false;
    }
}
