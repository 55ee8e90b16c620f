package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.statement.select.Select;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several DISTINCT aggregates over different columns in one SELECT (Spark expands every row once per distinct
 * group), and COUNT(DISTINCT a, b) over a column combination.
 */
public final class CountDistinctMultipleRule implements SqlRule {
    static final Threshold MAX = Threshold.count("max", 1, "the number of different DISTINCT argument sets allowed in one SELECT");
    public static final RuleMetadata METADATA = RuleMetadata.rule("count-distinct-multiple")
        .title("COUNT(DISTINCT ...) over several columns")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("Spark plans one aggregation for DISTINCT aggregates over a single argument set. With DISTINCT aggregates "
            + "over k different columns in one SELECT it inserts an Expand operator that copies every input row k times "
            + "before the shuffle, so the data shuffled grows k-fold. COUNT(DISTINCT a, b) deduplicates the whole column "
            + "combination, a wide key that shuffles every distinct pair (and skips rows where any column is NULL). "
            + "When exact counts are not required, approx_count_distinct (HyperLogLog) needs no shuffle of distinct "
            + "values; otherwise compute each distinct count in its own aggregation and join the results.")
        .bad("SELECT count(DISTINCT user_id), count(DISTINCT session_id), count(DISTINCT device_id) FROM events")
        .good("SELECT approx_count_distinct(user_id), approx_count_distinct(session_id), approx_count_distinct(device_id) FROM events")
        .thresholds(MAX)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        int max = (int) ctx.threshold(MAX);
        Map<Select, Map<String, Function>> byQuery = new IdentityHashMap<>();
        List<Select> order = new ArrayList<>();
        for (SqlNode n : ctx.tree().all(Function.class)) {
            Function f = (Function) n.value();
            if (!f.isDistinct() || !SqlExpressions.isAggregate(f) || n.query() == null) continue;
            if (n.parent() != null && n.parent().value() instanceof AnalyticExpression) continue;
            String args = f.getParameters() == null ? "" : SqlExpressions.normalized(ctx.source(f.getParameters()));
            if (f.getParameters() != null && f.getParameters().size() > 1 && SqlExpressions.name(f).equals("count")) {
                ctx.report(f, "COUNT(DISTINCT " + ctx.source(f.getParameters()) + ") deduplicates the column combination: "
                        + "every distinct tuple is shuffled", Fix.hint(advice(ctx)));
            }
            Map<String, Function> sets = byQuery.get(n.query());
            if (sets == null) {
                sets = new LinkedHashMap<>();
                byQuery.put(n.query(), sets);
                order.add(n.query());
            }
            sets.putIfAbsent(args, f);
        }
        for (Select q : order) {
            Map<String, Function> sets = byQuery.get(q);
            if (sets.size() <= max) continue;
            List<Function> fs = new ArrayList<>(sets.values());
            Function at = fs.get(max);
            String cost = ctx.dialect() == Dialect.SPARK
                ? "Spark expands every input row " + sets.size() + " times before the shuffle"
                : "each one sorts or hashes the input separately";
            ctx.report(at, sets.size() + " DISTINCT aggregates over different columns in one SELECT: " + cost, Fix.hint(advice(ctx)));
        }
    }

    private static String advice(SqlRuleContext ctx) {
        return ctx.dialect() == Dialect.SPARK
            ? "Use approx_count_distinct(...) if an estimate is enough; otherwise compute each distinct count in its own "
            + "aggregation and join the results"
            : "Compute each distinct count in its own aggregation (subquery) and join the results, or use an approximate count";
    }
}
