package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import net.sf.jsqlparser.statement.insert.Insert;

/** {@code INSERT INTO t VALUES/SELECT} without a column list writes by position. */
public final class InsertWithoutColumnListRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("insert-without-column-list")
        .title("INSERT without a column list")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("Without a column list the values are matched to the table's columns by position. When a column is "
            + "added, dropped or reordered the statement either fails or, worse, silently writes values into the wrong "
            + "columns when the types happen to fit. Spark's INSERT INTO / INSERT OVERWRITE ... SELECT also writes by "
            + "position, so it is reported as well; name the columns (Spark 3.1+ accepts a column list after the table "
            + "and partition spec).")
        .bad("INSERT INTO orders VALUES (1, 'open', 9.90)")
        .good("INSERT INTO orders (id, status, amount) VALUES (1, 'open', 9.90)")
        .build();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(SqlRuleContext ctx) {
        if (!(ctx.statement() instanceof Insert)) return;
        Insert ins = (Insert) ctx.statement();
        if (ins.getColumns() != null && !ins.getColumns().isEmpty()) return;
        if (ins.isOnlyDefaultValues() || ins.getSelect() == null || ins.getTable() == null) return;
        if (matchesByName(ctx)) return;
        String table = ctx.source(ins.getTable());
        ctx.report(ins.getTable(), "INSERT into " + table + " without a column list matches values to columns by position",
            Fix.hint("Name the target columns: INSERT INTO " + table + " (col1, col2, ...) ..."));
    }

    /** Spark's INSERT INTO t BY NAME matches columns by name (the clause is blanked before parsing). */
    private static boolean matchesByName(SqlRuleContext ctx) {
        var tokens = ctx.tokens();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord(ctx.originalText(), "BY") && tokens.get(i + 1).isWord(ctx.originalText(), "NAME")) return true;
        }
        return false;
    }
}
