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
import dev.brickoptima.core.rule.Threshold;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A Filter testing a column against a long literal list: {@code a#1 IN (1,2,3)} or, beyond
 * spark.sql.optimizer.inSetConversionThreshold (10) values, {@code a#1 INSET 1, 2, 3}; and a scan whose pushed
 * {@code In(a, [1,2,3])} no Filter above repeats (a V2 source took the filter whole).
 */
public final class LargeInListRule implements PlanRule {
    static final Threshold MAX_VALUES = Threshold.count("maxValues", 100, "the largest literal list not reported");
    public static final RuleMetadata METADATA = RuleMetadata.rule("plan-large-in-list")
        .title("Filter with a large IN list")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("A filter on hundreds or thousands of literal values (IN, or INSET once Spark converts a list of more "
            + "than 10) makes the query text, the plan and every log of it large, and skips little data: Spark does push "
            + "the list to the source (PushedFilters: In(col, [...])), but Parquet tests a list longer than "
            + "spark.sql.parquet.pushdown.inFilterThreshold (10) only as a range from its smallest to its largest "
            + "value, so every row group overlapping that range is read; a JDBC source receives the whole list in its "
            + "query. Put the values in a table (a temporary view, a broadcast DataFrame) and join or semi-join it: a "
            + "broadcast join is as fast as the set lookup and keeps the plan small.")
        .bad("SELECT * FROM orders WHERE customer_id IN (17, 23, 42, /* ... 300 values */ 9001)")
        .good("SELECT o.* FROM orders o LEFT SEMI JOIN selected_customers s ON o.customer_id = s.customer_id")
        .thresholds(MAX_VALUES)
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(PlanRuleContext ctx) {
        double max = ctx.threshold(MAX_VALUES);
        Set<Integer> scansCovered = new HashSet<>();
        for (PlanOperator op : ctx.operators("Filter")) {
            String cond = op.condition();
            int values = largestList(cond);
            if (values <= max) continue;
            List<PlanOperator> kids = PlanShapes.children(op);
            PlanOperator scan = kids.size() == 1 ? PlanShapes.scanBelow(kids.get(0)) : null;
            int pushed = scan == null ? 0 : largestPushedIn(scan.detail("PushedFilters"));
            if (scan != null) scansCovered.add(scan.id());
            String where = pushed > 0
                ? "; it is pushed to " + PlanShapes.ref(scan) + " as In(...), which Parquet checks only as a min..max range"
                : scan != null && scan.isFileScan() ? "; " + PlanShapes.ref(scan) + " did not receive it as a pushed filter" : "";
            ctx.report(op, PlanShapes.ref(op) + " tests " + column(cond) + " against " + PlanNumbers.count(values)
                    + " literal values (more than " + PlanNumbers.count(max) + ")" + where,
                METADATA.rationale(), hints());
        }
        for (PlanOperator scan : ctx.operators()) {
            if (!scan.isScan() || scansCovered.contains(scan.id())) continue;
            int pushed = largestPushedIn(scan.detail("PushedFilters"));
            if (pushed <= max) continue;
            ctx.report(scan, PlanShapes.ref(scan) + " receives a pushed In filter of " + PlanNumbers.count(pushed)
                    + " literal values (more than " + PlanNumbers.count(max) + ")",
                METADATA.rationale(), hints());
        }
    }

    private static Fix[] hints() {
        return new Fix[] {
            Fix.hint("Put the values in a temporary view or a broadcast DataFrame and LEFT SEMI JOIN it"),
            Fix.hint("If the values come from another query, join that query instead of collecting its result into the SQL text")};
    }

    /** What the first list tests ({@code id} of {@code id#185L INSET ...}, {@code substr(ca_zip, 1, 5)}), for the message. */
    private static String column(String cond) {
        int at = cond.indexOf(" INSET ");
        int in = cond.indexOf(" IN (");
        if (at < 0 || in >= 0 && in < at) at = in;
        if (at <= 0) return "a column";
        int s = at;
        int depth = 0;
        while (s > 0) {
            char c = cond.charAt(s - 1);
            if (c == ')') depth++;
            else if (c == '(' && depth-- == 0) break;
            else if (c == ' ' && depth == 0) break;
            s--;
        }
        return withoutExprIds(cond.substring(s, at));
    }

    /** {@code substr(ca_zip#9, 1, 5)} -> {@code substr(ca_zip, 1, 5)}: Spark's expression ids mean nothing to readers. */
    private static String withoutExprIds(String expr) {
        StringBuilder b = new StringBuilder(expr.length());
        for (int i = 0; i < expr.length(); i++) {
            char c = expr.charAt(i);
            if (c == '#') {
                while (i + 1 < expr.length() && (Character.isDigit(expr.charAt(i + 1)) || expr.charAt(i + 1) == 'L')) i++;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Values of the largest {@code IN (...)} or {@code INSET ...} list in a printed condition (0 when none). */
    static int largestList(String cond) {
        if (cond == null) return 0;
        int best = 0;
        for (int i = cond.indexOf(" IN ("); i >= 0; i = cond.indexOf(" IN (", i + 1)) {
            best = Math.max(best, itemsUntilClose(cond, i + " IN (".length()));
        }
        for (int i = cond.indexOf(" INSET "); i >= 0; i = cond.indexOf(" INSET ", i + 1)) {
            best = Math.max(best, insetItems(cond, i + " INSET ".length()));
        }
        return best;
    }

    /** Values of the largest pushed {@code In(col, [v1,v2,...])} in a PushedFilters list (0 when none). */
    static int largestPushedIn(String pushed) {
        if (pushed == null) return 0;
        int best = 0;
        for (int i = pushed.indexOf("In("); i >= 0; i = pushed.indexOf("In(", i + 1)) {
            if (i > 0 && Character.isLetter(pushed.charAt(i - 1))) continue; // NotIn is not an In filter
            int bracket = pushed.indexOf('[', i);
            if (bracket < 0) break;
            best = Math.max(best, itemsUntilClose(pushed, bracket + 1));
        }
        return best;
    }

    /** Top-level items from {@code from} to the bracket that closes the list. */
    private static int itemsUntilClose(String s, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') {
                if (depth == 0) return PlanText.splitTopLevel(s.substring(from, i)).size();
                depth--;
            }
        }
        return PlanText.splitTopLevel(s.substring(from)).size();
    }

    /** INSET prints its values without brackets: they end at an unmatched ')' or at the next AND/OR. */
    private static int insetItems(String s, int from) {
        int depth = 0;
        int end = s.length();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') {
                if (depth == 0) {
                    end = i;
                    break;
                }
                depth--;
            } else if (depth == 0 && (s.startsWith(" AND ", i) || s.startsWith(" OR ", i))) {
                end = i;
                break;
            }
        }
        return PlanText.splitTopLevel(s.substring(from, end)).size();
    }
}
