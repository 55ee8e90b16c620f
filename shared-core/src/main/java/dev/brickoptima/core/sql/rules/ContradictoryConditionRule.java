package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code status = 'A' AND status = 'B'} or {@code x > 10 AND x < 5}: an AND chain no row can satisfy. */
public final class ContradictoryConditionRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("contradictory-condition")
        .title("AND of conditions that exclude each other")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("Within one AND chain the same column is required to equal two different literals, or to lie in an "
            + "empty range ('x > 10 AND x < 5', 'x = 3 AND x > 5'). No row satisfies it, so the filter removes "
            + "everything. Usually OR or IN was meant, or a bound was mistyped. Only comparisons of a column with literal "
            + "numbers, dates or strings are checked. WHERE 1 = 0 (a deliberate empty result) is not reported.")
        .bad("SELECT id FROM orders WHERE status = 'open' AND status = 'late'")
        .good("SELECT id FROM orders WHERE status IN ('open', 'late')")
        .build();

    /** One literal constraint on a column: {@code op} is =, >, >=, <, <=. */
    private record Constraint(Expression term, String op, Literals.Value value) {
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(AndExpression.class)) {
            SqlNode p = n.parent();
            while (p != null && p.value() instanceof ParenthesedExpressionList && ((ParenthesedExpressionList<?>) p.value()).size() == 1) p = p.parent();
            if (p != null && p.value() instanceof AndExpression) continue; // not the top of its chain
            Map<String, List<Constraint>> byColumn = new LinkedHashMap<>();
            for (Expression term : SqlExpressions.conjuncts((Expression) n.value())) collect(term, byColumn);
            for (Map.Entry<String, List<Constraint>> e : byColumn.entrySet()) {
                List<Constraint> cs = e.getValue();
                for (int i = 1; i < cs.size(); i++) {
                    Constraint conflict = firstConflict(cs, i);
                    if (conflict == null) continue;
                    Constraint c = cs.get(i);
                    boolean bothEq = c.op.equals("=") && conflict.op.equals("=");
                    ctx.report(c.term, "'" + ctx.source(c.term) + "' contradicts '" + ctx.source(conflict.term)
                            + "': no row satisfies both",
                        Fix.hint(bothEq ? "If either value should match, use " + ctx.source(column(c.term)) + " IN (...) or OR"
                            : "Check the bounds: as written the range is empty"));
                    break; // one finding per column and chain
                }
            }
        }
    }

    private static Constraint firstConflict(List<Constraint> cs, int i) {
        for (int k = 0; k < i; k++) if (conflict(cs.get(k), cs.get(i))) return cs.get(k);
        return null;
    }

    private static boolean conflict(Constraint a, Constraint b) {
        if (a.term == b.term) return false; // the two bounds of one reversed BETWEEN: between-reversed reports it
        if (a.op.equals("=") && b.op.equals("=")) return Literals.differ(a.value, b.value);
        if (a.op.equals("=")) return !satisfies(a.value, b);
        if (b.op.equals("=")) return !satisfies(b.value, a);
        // two bounds: a lower and an upper bound that leave no room
        Constraint lo = a.op.startsWith(">") ? a : b.op.startsWith(">") ? b : null;
        Constraint hi = a.op.startsWith("<") ? a : b.op.startsWith("<") ? b : null;
        if (lo == null || hi == null || lo == hi) return false;
        Integer cmp = Literals.compare(lo.value, hi.value);
        if (cmp == null) return false;
        return cmp > 0 || cmp == 0 && (lo.op.equals(">") || hi.op.equals("<"));
    }

    /** Whether value v meets bound c; unknown comparisons count as satisfied. */
    private static boolean satisfies(Literals.Value v, Constraint c) {
        Integer cmp = Literals.compare(v, c.value);
        if (cmp == null) return true;
        switch (c.op) {
            case ">": return cmp > 0;
            case ">=": return cmp >= 0;
            case "<": return cmp < 0;
            default: return cmp <= 0; // "<=": collect only keeps =, >, >=, <, <= and "=" is handled by the caller
        }
    }

    private static void collect(Expression term, Map<String, List<Constraint>> out) {
        if (term instanceof Between) {
            Between b = (Between) term;
            if (b.isNot() || b.isUsingSymmetric()) return;
            Column col = asColumn(b.getLeftExpression());
            Literals.Value lo = Literals.of(b.getBetweenExpressionStart());
            Literals.Value hi = Literals.of(b.getBetweenExpressionEnd());
            if (col == null) return;
            // a reversed BETWEEN alone is between-reversed's finding; here only its bounds against other terms
            if (lo != null) add(out, col, new Constraint(term, ">=", lo));
            if (hi != null) add(out, col, new Constraint(term, "<=", hi));
            return;
        }
        if (!(term instanceof ComparisonOperator)) return;
        ComparisonOperator c = (ComparisonOperator) term;
        String op = op(c);
        if (op == null) return;
        Column lc = asColumn(c.getLeftExpression());
        Column rc = asColumn(c.getRightExpression());
        Literals.Value lv = Literals.of(c.getLeftExpression());
        Literals.Value rv = Literals.of(c.getRightExpression());
        if (lc != null && rv != null) add(out, lc, new Constraint(term, op, rv));
        else if (rc != null && lv != null) add(out, rc, new Constraint(term, flip(op), lv));
    }

    private static void add(Map<String, List<Constraint>> out, Column col, Constraint c) {
        String key = SqlExpressions.identifier(col.getFullyQualifiedName());
        List<Constraint> list = out.get(key);
        if (list == null) out.put(key, list = new ArrayList<>());
        list.add(c);
    }

    private static String op(ComparisonOperator c) {
        if (c instanceof EqualsTo) return "=";
        if (c instanceof GreaterThan) return ">";
        if (c instanceof GreaterThanEquals) return ">=";
        if (c instanceof MinorThan) return "<";
        if (c instanceof MinorThanEquals) return "<=";
        return null;
    }

    private static String flip(String op) {
        switch (op) {
            case ">": return "<";
            case ">=": return "<=";
            case "<": return ">";
            case "<=": return ">=";
            default: return op;
        }
    }

    private static Column asColumn(Expression e) {
        Expression u = SqlExpressions.unwrap(e);
        return u instanceof Column ? (Column) u : null;
    }

    private static Expression column(Expression term) {
        ComparisonOperator c = (ComparisonOperator) term;
        return asColumn(c.getLeftExpression()) != null ? c.getLeftExpression() : c.getRightExpression();
    }
}
