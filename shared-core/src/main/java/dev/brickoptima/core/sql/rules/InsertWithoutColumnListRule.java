package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.Category;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.SqlRuleContext;
import dev.brickoptima.core.sql.SqlToken;
import net.sf.jsqlparser.statement.insert.Insert;

import java.util.ArrayList;
import java.util.List;

/** {@code INSERT INTO t VALUES/SELECT} without a column list writes by position. */
public final class InsertWithoutColumnListRule implements SqlRule {
    public static final RuleMetadata METADATA = RuleMetadata.rule("insert-without-column-list")
        .title("INSERT without a column list")
        .category(Category.CORRECTNESS).severity(Severity.WARNING)
        .rationale("Without a column list the values are matched to the table's columns by position. When a column is "
            + "added, dropped or reordered the statement either fails or, worse, silently writes values into the wrong "
            + "columns when the types happen to fit. Spark's INSERT INTO / INSERT OVERWRITE ... SELECT also writes by "
            + "position, so it is reported as well; name the columns (Spark 3.1+ accepts a column list after the table "
            + "and partition spec). Not reported where no column list can be given: INSERT OVERWRITE DIRECTORY, and "
            + "Hive's INSERT OVERWRITE TABLE (Hive takes a column list for INSERT INTO only).")
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
        if (matchesByName(ctx) || noColumnListPossible(ctx)) return;
        String table = ctx.source(ins.getTable());
        ctx.report(ins.getTable(), "INSERT into " + table + " without a column list matches values to columns by position",
            Fix.hint("Name the target columns: INSERT INTO " + table + " (col1, col2, ...) ..."));
    }

    /**
     * A directory has no columns ({@code INSERT OVERWRITE DIRECTORY}, Spark and Hive), and Hive takes a column list
     * for INSERT INTO only, not for INSERT OVERWRITE.
     */
    private static boolean noColumnListPossible(SqlRuleContext ctx) {
        List<SqlToken> words = new ArrayList<>();
        for (SqlToken t : ctx.tokens()) {
            if (!t.isComment()) words.add(t);
            if (words.size() == 4) break;
        }
        String text = ctx.originalText();
        if (words.size() < 3 || !words.get(1).isWord(text, "OVERWRITE")) return false;
        if (ctx.dialect() == Dialect.HIVE) return true;
        int dir = words.get(2).isWord(text, "LOCAL") ? 3 : 2;
        return dir < words.size() && words.get(dir).isWord(text, "DIRECTORY");
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
