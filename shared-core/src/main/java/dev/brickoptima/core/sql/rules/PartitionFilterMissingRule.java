package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.Clause;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/** A read of a table whose partition columns are configured, with no predicate on any of them: a full scan. */
public final class PartitionFilterMissingRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("partition-filter-missing")
        .title("Partitioned table read without a partition filter")
        .category(Category.PERFORMANCE).severity(Severity.WARNING)
        .rationale("For tables whose partition columns are listed in the configuration (tables: {sales: {partitionColumns: [dt]}}), a "
            + "query that never constrains a partition column lists and reads every partition: on a table partitioned by "
            + "day that is all of its history. Any WHERE or ON predicate that mentions a partition column of the table "
            + "counts (a join on it allows dynamic partition pruning), including predicates of an outer query on a "
            + "derived table's column, also after a rename in a select list (ss_sold_date_sk AS date_sk), which Spark "
            + "pushes down. Tables without configured partition columns are never "
            + "reported. UPDATE and DELETE targets are checked as well.")
        .bad("SELECT sum(amount) FROM sales WHERE region = 'EU'")
        .good("SELECT sum(amount) FROM sales WHERE region = 'EU' AND dt >= DATE '2024-01-01'")
        .exampleConfig("tables:\n  sales:\n    partitionColumns: [dt]\n")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        if (ctx.config().partitionColumns().isEmpty()) return;
        SqlTree tree = ctx.tree();
        Map<String, WithItem<?>> ctes = SqlExpressions.ctes(tree);
        for (SqlNode n : tree.all(Table.class)) {
            Table t = (Table) n.value();
            boolean target = n.parent() != null && (n.parent().value() instanceof Update || n.parent().value() instanceof Delete)
                && n.clause() == Clause.OTHER;
            if (n.clause() != Clause.FROM && n.clause() != Clause.JOIN && !target) continue;
            if (t.getSchemaName() == null && ctes.containsKey(SqlExpressions.identifier(t.getName()))) continue;
            List<String> cols = ctx.config().partitionColumnsOf(t.getFullyQualifiedName());
            if (cols.isEmpty() || filtered(tree, t, cols, ctes)) continue;
            String list = cols.size() == 1 ? "column '" + cols.get(0) + "'" : "columns " + String.join(", ", cols);
            ctx.report(t, "'" + t.getFullyQualifiedName() + "' is partitioned by " + String.join(", ", cols)
                    + " but the query does not filter on it: every partition is scanned",
                Fix.hint("Add a predicate on the partition " + list + " (e.g. a date range) so only the needed partitions are read"));
        }
    }

    /**
     * Some WHERE/ON column named like a partition column, or like an alias it is renamed to in a select list
     * ({@code ss_sold_date_sk AS date_sk}), may refer to this table directly or through a derived table.
     */
    private static boolean filtered(SqlTree tree, Table t, List<String> cols, Map<String, WithItem<?>> ctes) {
        Set<String> names = new HashSet<>(cols);
        for (int round = 0; round < 4; round++) {
            boolean grew = false;
            for (SqlNode n : tree.all(SelectItem.class)) {
                SelectItem<?> it = (SelectItem<?>) n.value();
                if (it.getAlias() == null || !(it.getExpression() instanceof Column)) continue;
                if (names.contains(SqlExpressions.identifier(((Column) it.getExpression()).getColumnName()))) {
                    grew |= names.add(SqlExpressions.identifier(it.getAlias().getName()));
                }
            }
            if (!grew) break;
        }
        for (SqlNode c : tree.all(Column.class)) {
            if (c.clause() != Clause.WHERE && c.clause() != Clause.ON) continue;
            Column col = (Column) c.value();
            if (!names.contains(SqlExpressions.identifier(col.getColumnName()))) continue;
            List<SqlExpressions.Source> scope = SqlExpressions.scopeOf(tree, c, ctes);
            if (scope.isEmpty()) return true;
            for (SqlExpressions.Source s : SqlExpressions.candidates(col, scope)) {
                if (s.item == t || !s.isBaseTable()) return true;
            }
        }
        return false;
    }
}
