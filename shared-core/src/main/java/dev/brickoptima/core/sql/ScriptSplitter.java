package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.spark.SparkScripting;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a tokenized script at top-level semicolons and assigns comments to statements. Under the Spark dialect a
 * SQL scripting block ({@code BEGIN ... END}) is split at its structure instead: each statement and condition inside
 * it becomes a statement of its own, at its own offsets (see {@link SparkScripting}).
 */
public final class ScriptSplitter {
    private ScriptSplitter() {
    }

    public static List<StatementSlice> split(String text, List<SqlToken> tokens) {
        return split(text, tokens, null);
    }

    public static List<StatementSlice> split(String text, List<SqlToken> tokens, Dialect dialect) {
        boolean[] structural = dialect == Dialect.SPARK ? SparkScripting.structure(text, tokens) : null;
        List<StatementSlice> out = new ArrayList<>();
        List<SqlToken> pendingComments = new ArrayList<>();
        List<SqlToken> code = new ArrayList<>();
        List<SqlToken> comments = new ArrayList<>();
        int depth = 0;
        int maxDepth = 0;
        int deepestAt = 0;
        for (int ti = 0; ti < tokens.size(); ti++) {
            SqlToken t = tokens.get(ti);
            if (t.isComment()) {
                if (code.isEmpty()) {
                    // a comment on the same line as the end of the previous statement belongs to it
                    if (!out.isEmpty() && sameLine(text, out.get(out.size() - 1).end(), t.start())) {
                        StatementSlice prev = out.remove(out.size() - 1);
                        List<SqlToken> pc = new ArrayList<>(prev.comments());
                        pc.add(t);
                        out.add(new StatementSlice(prev.start(), prev.end(), prev.tokens(), pc, prev.maxDepth(), prev.deepestOffset()));
                    } else {
                        pendingComments.add(t);
                    }
                } else {
                    comments.add(t);
                }
                continue;
            }
            if (t.is(text, ';') || (structural != null && structural[ti])) {
                if (!code.isEmpty()) {
                    out.add(slice(code, pendingComments, comments, maxDepth, deepestAt));
                    code = new ArrayList<>();
                    comments = new ArrayList<>();
                    pendingComments = new ArrayList<>();
                }
                depth = 0;
                maxDepth = 0;
                continue;
            }
            if (t.is(text, '(')) {
                depth++;
                if (depth > maxDepth) {
                    maxDepth = depth;
                    deepestAt = t.start();
                }
            } else if (t.is(text, ')')) {
                depth = Math.max(0, depth - 1);
            }
            code.add(t);
        }
        if (!code.isEmpty()) out.add(slice(code, pendingComments, comments, maxDepth, deepestAt));
        return out;
    }

    private static StatementSlice slice(List<SqlToken> code, List<SqlToken> before, List<SqlToken> inside, int maxDepth, int deepestAt) {
        List<SqlToken> all = new ArrayList<>(before);
        all.addAll(inside);
        return new StatementSlice(code.get(0).start(), code.get(code.size() - 1).end(), code, all, maxDepth, deepestAt);
    }

    private static boolean sameLine(String text, int from, int to) {
        for (int i = from; i < to && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') return false;
        }
        return true;
    }
}
