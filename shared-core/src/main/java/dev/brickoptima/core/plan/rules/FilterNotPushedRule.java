package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.plan.PlanOperator;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.PlanRuleContext;
import dev.brickoptima.core.plan.PlanText;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.List;

/**
 * A Filter directly above a file scan (through ColumnarToRow) whose scan pushed no filter at all, although the
 * condition has a predicate on a column. Spark pushes at least {@code IsNotNull(col)} to sources that support
 * pushdown, so an empty PushedFilters under such a Filter means the source or the predicate's shape defeated it.
 */
public final class FilterNotPushedRule implements PlanRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-filter-not-pushed")
        .title("Filter not pushed down to the scan")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("The Filter sits directly above the scan but the scan's PushedFilters is empty: every row is read, "
            + "decoded and only then filtered, and Parquet/ORC row-group statistics cannot skip data. Typical causes: "
            + "a function or cast around the column (WHERE year(ts) = 2024, WHERE CAST(id AS STRING) = '7'), a UDF, a "
            + "comparison between two columns, or a source without pushdown (CSV/JSON/JDBC options, an old data source). "
            + "Compare the column itself with a literal of the column's type (WHERE ts >= '2024-01-01' AND ts < "
            + "'2025-01-01'), replace UDFs with built-in functions, and check spark.sql.parquet.filterPushdown. A filter "
            + "that calls a UDF is reported once, by plan-scala-udf, with this explanation.")
        .bad("SELECT * FROM events WHERE year(event_ts) = 2024")
        .good("SELECT * FROM events WHERE event_ts >= TIMESTAMP '2024-01-01' AND event_ts < TIMESTAMP '2025-01-01'")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        for (PlanOperator filter : ctx.operators("Filter")) {
            List<PlanOperator> kids = PlanShapes.children(filter);
            if (kids.size() != 1) continue;
            PlanOperator scan = PlanShapes.scanBelow(kids.get(0));
            if (scan == null || !scan.isFileScan()) continue;
            String pushed = scan.detail("PushedFilters");
            if (pushed != null && !PlanText.isEmptyList(pushed)) continue;
            String cond = filter.condition();
            if (cond == null || !hasColumnPredicate(cond)) continue;
            // one cause, one finding: plan-scala-udf reports a UDF-blocked filter with this explanation included
            if (ctx.config().isEnabled(ScalaUdfRule.METADATA) && !ScalaUdfRule.udfs(cond).isEmpty()) continue;
            String table = scan.tableName() == null ? "the source" : scan.tableName();
            ctx.report(filter, PlanShapes.ref(filter) + " is applied after reading " + table
                    + ": " + PlanShapes.ref(scan) + " has no PushedFilters for condition "
                    + BroadcastNestedLoopJoinRule.abbreviate(cond),
                METADATA.rationale(),
                Fix.hint("Compare the bare column with a literal of its type instead of wrapping it in a function or cast"),
                Fix.hint("Replace UDFs in the WHERE clause with built-in functions"));
        }
    }

    /** A predicate on an attribute ({@code col#12}) that a source could evaluate: not only dynamic pruning / bloom filters. */
    static boolean hasColumnPredicate(String cond) {
        if (cond.indexOf('#') < 0) return false;
        for (String f : PlanText.functionNames(cond)) {
            if (f.equals("isnotnull") || f.equals("isnull") || f.equals("StartsWith") || f.equals("EndsWith") || f.equals("Contains")) return true;
        }
        return cond.contains(" = ") || cond.contains(" > ") || cond.contains(" < ") || cond.contains(" >= ")
            || cond.contains(" <= ") || cond.contains(" IN (") || cond.contains(" INSET ");
    }
}
