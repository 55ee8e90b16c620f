package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;

import java.util.List;

/**
 * Statement parameters as PostgreSQL and JDBC write them: {@code $1} (what pg_stat_statements normalises constants
 * to) and JDBC's {@code ?} ({@code ??} is a literal "?" operator). Strings, comments and dollar quotes are skipped by
 * the engine's lexer, so a "$1" inside a literal is not a parameter.
 */
public final class PgParameters {
    private static final SqlLexer LEXER = new SqlLexer(Dialect.POSTGRES);

    private PgParameters() {
    }

    /** The highest $n in the statement, 0 when it has none. */
    public static int highestPositional(String sql) {
        List<SqlToken> tokens = LEXER.tokenize(sql);
        int max = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            SqlToken next = tokens.get(i + 1);
            if (t.kind() == SqlToken.Kind.PUNCT && sql.charAt(t.start()) == '$' && next.kind() == SqlToken.Kind.NUMBER && next.start() == t.end()) {
                String digits = next.text(sql);
                boolean allDigits = !digits.isEmpty();
                for (int k = 0; k < digits.length(); k++) allDigits &= Character.isDigit(digits.charAt(k));
                if (allDigits && digits.length() < 6) max = Math.max(max, Integer.parseInt(digits));
            }
        }
        return max;
    }

    /** JDBC text with {@code ?} placeholders as PostgreSQL text with {@code $1..$n}; {@code ??} becomes {@code ?}. */
    public static String jdbcToPositional(String sql) {
        List<SqlToken> tokens = LEXER.tokenize(sql);
        StringBuilder sb = new StringBuilder(sql.length() + 8);
        int copied = 0;
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken t = tokens.get(i);
            if (t.kind() != SqlToken.Kind.PARAMETER || sql.charAt(t.start()) != '?' || t.end() != t.start() + 1) continue;
            sb.append(sql, copied, t.start());
            SqlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next != null && next.start() == t.end() && sql.charAt(next.start()) == '?') {
                sb.append('?');
                copied = next.start() + 1;
                i++;
            } else {
                sb.append('$').append(++n);
                copied = t.end();
            }
        }
        return sb.append(sql, copied, sql.length()).toString();
    }
}
