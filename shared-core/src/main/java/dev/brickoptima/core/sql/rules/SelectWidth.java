package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.Spans;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;

import java.util.List;

/** The number of columns a query returns, when the text alone determines it. */
final class SelectWidth {
    private SelectWidth() {
    }

    /** Column count of a query, or -1 when unknown (a star, a generator, a shape not handled). */
    static int of(Select s) {
        Select q = s;
        while (q instanceof ParenthesedSelect) q = ((ParenthesedSelect) q).getSelect();
        if (q instanceof SetOperationList) {
            List<Select> branches = ((SetOperationList) q).getSelects();
            return branches == null || branches.isEmpty() ? -1 : of(branches.get(0));
        }
        if (!(q instanceof PlainSelect)) return -1;
        List<SelectItem<?>> items = ((PlainSelect) q).getSelectItems();
        if (items == null) return -1;
        for (SelectItem<?> it : items) {
            Object e = it.getExpression();
            if (e instanceof AllColumns) return -1;
            if (SqlExpressions.isGenerator(e)) return -1;
            if (it.getAlias() != null && it.getAlias().getAliasColumns() != null && it.getAlias().getAliasColumns().size() > 1) return -1;
        }
        return items.size();
    }

    /** From the first to the last select item of the query (its first branch for a set operation), or null. */
    static Spans.Span firstSelectItems(Select s) {
        Select q = s;
        while (q instanceof ParenthesedSelect) q = ((ParenthesedSelect) q).getSelect();
        if (q instanceof SetOperationList && !((SetOperationList) q).getSelects().isEmpty()) return firstSelectItems(((SetOperationList) q).getSelects().get(0));
        if (!(q instanceof PlainSelect) || ((PlainSelect) q).getSelectItems() == null || ((PlainSelect) q).getSelectItems().isEmpty()) return null;
        List<SelectItem<?>> items = ((PlainSelect) q).getSelectItems();
        Spans.Span a = Spans.of(items.get(0));
        Spans.Span b = Spans.of(items.get(items.size() - 1));
        return a == null || b == null ? null : a.union(b);
    }
}
