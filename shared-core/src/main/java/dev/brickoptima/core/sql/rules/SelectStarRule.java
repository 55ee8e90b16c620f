package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code SELECT *} reads every column: no column pruning, brittle when the table changes. */
public final class SelectStarRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("select-star")
        .title("SELECT * reads every column")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("SELECT * reads every column of the table. On columnar formats (Parquet, Delta, ORC) listing only the "
            + "needed columns lets the engine skip the others entirely; it also keeps the query stable when columns are "
            + "added or reordered. Not reported: stars inside EXISTS (no column is read), stars over a CTE or derived "
            + "table, whose columns are already chosen by the inner query, and stars over PIVOT or UNPIVOT output, where "
            + "listing the columns prunes nothing.")
        .bad("SELECT * FROM sales")
        .good("SELECT order_id, amount FROM sales")
        .build();

    /** True when the star expands over at least one real table (not a CTE or a derived table). */
    private static boolean readsBaseTable(SqlRuleContext ctx, SqlNode star) {
        if (!(star.query() instanceof PlainSelect)) return true;
        PlainSelect ps = (PlainSelect) star.query();
        Set<String> ctes = new HashSet<>();
        for (SqlNode w : ctx.tree().all(WithItem.class)) {
            WithItem<?> wi = (WithItem<?>) w.value();
            if (wi.getAlias() != null) ctes.add(wi.getAlias().getName().toLowerCase(Locale.ROOT));
        }
        List<FromItem> sources = new ArrayList<>();
        if (ps.getFromItem() != null) sources.add(ps.getFromItem());
        if (ps.getJoins() != null) for (Join j : ps.getJoins()) sources.add(j.getRightItem());
        if (sources.isEmpty()) return false;
        String qualifier = null;
        if (star.value() instanceof AllTableColumns) {
            Table t = ((AllTableColumns) star.value()).getTable();
            qualifier = t == null ? null : t.getName().toLowerCase(Locale.ROOT);
        }
        for (FromItem f : sources) {
            if (!(f instanceof Table)) continue;
            Table t = (Table) f;
            String name = t.getName() == null ? "" : t.getName().toLowerCase(Locale.ROOT);
            String alias = t.getAlias() != null ? t.getAlias().getName().toLowerCase(Locale.ROOT) : name;
            if (qualifier != null && !qualifier.equals(alias) && !qualifier.equals(name)) continue;
            if (t.getSchemaName() == null && ctes.contains(name)) continue;
            // a star over PIVOT / UNPIVOT output: the pivot already decides which input columns are read
            if (t.getPivot() != null || t.getUnPivot() != null) continue;
            return true;
        }
        return false;
    }

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        for (SqlNode n : ctx.tree().all(AllColumns.class)) {
            if (!(n.parent() != null && n.parent().value() instanceof net.sf.jsqlparser.statement.select.SelectItem)) continue;
            if (n.hasAncestor(ExistsExpression.class)) continue;
            if (!readsBaseTable(ctx, n)) continue;
            String what = n.value() instanceof AllTableColumns ? "'" + ctx.source(n.value()) + "'" : "SELECT *";
            ctx.report(n.value(), what + " reads every column; list the columns the query needs",
                Fix.hint("Replace the star with the list of columns the query uses"));
        }
    }
}
