package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.pg.PgNumbers;
import dev.brickoptima.core.pg.PgPlanNode;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.PgPredicates;
import dev.brickoptima.core.pg.PgRuleContext;
import dev.brickoptima.core.plan.PlanNumbers;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the planner's row estimate first goes far wrong. Errors propagate upwards, so only the lowest node off by the
 * factor is reported: below it the estimates were right, which is where statistics can fix it.
 */
public final class RowEstimateRule implements PgPlanRule {
    static final Threshold FACTOR = Threshold.factor("factor", 10, "how many times off the estimate must be");
    static final Threshold MIN_ROWS = Threshold.count("minRows", 100, "the least of the larger of estimate and actual rows");
    public static final RuleMetadata METADATA = RuleMetadata.rule("pg-row-estimate")
        .title("Row estimate far off the actual rows")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("The planner chooses join methods, join order and memory from its row estimates. A node that returned "
            + "many times more or fewer rows than estimated makes every choice above it a guess: nested loops over "
            + "thousands of rows, hashes that spill, indexes ignored. Only the lowest node off by the factor is reported, "
            + "where the error starts. Stale statistics are fixed with ANALYZE (and autovacuum settings); columns that "
            + "depend on each other (city and country) need extended statistics (CREATE STATISTICS ... ON a, b FROM t); "
            + "skewed columns need a higher statistics target (ALTER TABLE ... ALTER COLUMN ... SET STATISTICS 1000). "
            + "Needs EXPLAIN ANALYZE.")
        .bad("Bitmap Heap Scan on customers  (cost=5.04..271.94 rows=5 width=69) (actual rows=100 loops=1)\n"
            + "  Recheck Cond: (city = 'city_7'::text)\n  Filter: (country = 'country_0'::text)")
        .good("CREATE STATISTICS customers_city_country ON city, country FROM customers; ANALYZE customers;\n"
            + "-> the estimate becomes rows=100")
        .thresholds(FACTOR, MIN_ROWS)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PgRuleContext ctx) {
        double factor = ctx.threshold(FACTOR);
        double minRows = ctx.threshold(MIN_ROWS);
        for (PgPlanNode n : ctx.nodes()) {
            if (!isOff(n, factor, minRows)) continue;
            boolean childOff = false;
            for (PgPlanNode c : n.children()) if (isOff(c, factor, minRows)) childOff = true;
            if (childOff) continue;
            double est = n.planRows();
            double act = n.actualRows();
            String direction = act > est ? "under" : "over";
            String loops = n.actualLoops() > 1 ? " per loop (" + PgNumbers.rows(n.actualLoops()) + " loops)" : "";
            ctx.report(n, n.ref() + " returned " + PgNumbers.rows(act) + " rows" + loops + " where the planner estimated "
                + PgNumbers.rows(est) + " (" + PlanNumbers.ratio(ratio(est, act)) + " " + direction + ")", METADATA.rationale(), fixes(n));
        }
    }

    static boolean isOff(PgPlanNode n, double factor, double minRows) {
        if (!n.hasActuals() || n.actualLoops() < 1) return false;
        double est = n.planRows();
        double act = n.actualRows();
        if (Double.isNaN(est) || Double.isNaN(act) || Math.max(est, act) < minRows) return false;
        if (act < est && stopsEarly(n)) return false;
        return ratio(est, act) >= factor;
    }

    /** Under a Limit, or inside a semi/anti join, a node is read only until enough rows came: fewer rows are expected. */
    private static boolean stopsEarly(PgPlanNode n) {
        for (PgPlanNode p = n.parent(); p != null; p = p.parent()) {
            if (p.is("Limit")) return true;
            String jt = p.joinType();
            if (p.isJoin() && ("Semi".equals(jt) || "Anti".equals(jt))) return true;
        }
        return false;
    }

    private static double ratio(double est, double act) {
        return Math.max(est, act) / Math.max(Math.min(est, act), 1);
    }

    private static Fix[] fixes(PgPlanNode n) {
        List<Fix> out = new ArrayList<>();
        String table = n.qualifiedRelation();
        if (table != null) {
            List<String> cols = new ArrayList<>();
            for (String cond : new String[]{n.indexCond(), n.recheckCond(), n.filter()}) {
                for (PgPredicates.Predicate p : PgPredicates.of(cond)) {
                    if (p.kind() != PgPredicates.Kind.JOIN && !cols.contains(p.column())) cols.add(p.column());
                }
            }
            if (cols.size() >= 2) {
                out.add(Fix.hint("The conditions on " + String.join(", ", cols) + " are estimated as independent: if the columns depend on "
                    + "each other, CREATE STATISTICS ON " + String.join(", ", cols) + " FROM " + table + "; ANALYZE " + table + ";"));
            }
            out.add(Fix.hint("Refresh the statistics: ANALYZE " + table + "; for a skewed column raise its statistics target "
                + "(ALTER TABLE " + table + " ALTER COLUMN ... SET STATISTICS 1000)"));
        } else {
            out.add(Fix.hint("ANALYZE the tables below this node; if the join columns depend on each other, extended statistics "
                + "(CREATE STATISTICS) on them help the join estimate"));
        }
        return out.toArray(new Fix[0]);
    }
}
