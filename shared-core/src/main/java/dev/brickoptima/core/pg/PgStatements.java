package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;

import java.util.List;
import java.util.Locale;

/** What kind of statement a text is, as far as EXPLAIN is concerned. */
public final class PgStatements {
    private static final SqlLexer LEXER = new SqlLexer(Dialect.POSTGRES);
    private static final List<String> PLANNABLE = List.of("select", "with", "insert", "update", "delete", "merge", "values", "table");

    private PgStatements() {
    }

    /** Whether the planner plans it (so EXPLAIN can show its plan): SELECT, WITH, INSERT, UPDATE, DELETE, MERGE, VALUES, TABLE. */
    public static boolean isPlannable(String sql) {
        String first = firstWord(sql);
        return first != null && PLANNABLE.contains(first);
    }

    /** The first keyword, lower-cased, after comments and opening parentheses; null when there is none. */
    public static String firstWord(String sql) {
        for (SqlToken t : LEXER.tokenize(sql)) {
            if (t.isComment()) continue;
            if (t.kind() == SqlToken.Kind.PUNCT && sql.charAt(t.start()) == '(') continue;
            return t.kind() == SqlToken.Kind.WORD ? t.text(sql).toLowerCase(Locale.ROOT) : null;
        }
        return null;
    }
}
