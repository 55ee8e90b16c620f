package dev.brickoptima.core.code;


import java.util.Locale;
import java.util.Set;

/**
 * A lexical pass over a Java source that tells whether it can hold SQL for BrickOptima, so files that cannot
 * skip the resolved AST (the costly part) during builds: a call of a method named like a SQL sink, a SQL
 * annotation (or a method the project declares as a sink), or a string literal / text block starting with a statement
 * keyword. Errs on the side of "maybe".
 */
public final class SqlPrefilter {
    private static final Set<String> STATEMENT_WORDS = Set.of("select", "with", "insert", "update", "delete", "merge", "create");
    private static final Set<String> ANNOTATIONS = SqlSinks.annotationSimpleNames();

    private SqlPrefilter() {
    }

    public static boolean mayContainSql(char[] s) {
        return mayContainSql(s, SinkCatalog.BUILT_IN);
    }

    /** The same, also counting calls of the methods a project declares as sinks. */
    public static boolean mayContainSql(char[] s, SinkCatalog sinks) {
        int n = s.length;
        int i = 0;
        while (i < n) {
            char c = s[i];
            if (c == '"') {
                int j = i + 1;
                while (j < n && (s[j] == '"' || Character.isWhitespace(s[j]))) j++; // text block opening, indentation
                if (statementWordAt(s, j)) return true;
                // skip to the end of this literal (or line) so its content is not read as code
                j = i + 1;
                while (j < n && s[j] != '"' && s[j] != '\n') j += s[j] == '\\' ? 2 : 1;
                i = j + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int j = i + 1;
                while (j < n && Character.isJavaIdentifierPart(s[j])) j++;
                String word = new String(s, i, j - i);
                int k = j;
                while (k < n && Character.isWhitespace(s[k])) k++;
                if (k < n && s[k] == '(' && sinks.isCandidateMethodName(word)) return true;
                if (i > 0 && s[i - 1] == '@' && ANNOTATIONS.contains(word)) return true;
                i = j;
            } else if (c == '/' && i + 1 < n && s[i + 1] == '/') {
                while (i < n && s[i] != '\n') i++;
            } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
                i += 2;
                while (i + 1 < n && !(s[i] == '*' && s[i + 1] == '/')) i++;
                i += 2;
            } else if (c == '\'') {
                i += i + 1 < n && s[i + 1] == '\\' ? 4 : 3; // a char literal: '"' must not open a string
            } else {
                i++;
            }
        }
        return false;
    }

    private static boolean statementWordAt(char[] s, int at) {
        int j = at;
        while (j < s.length && (Character.isLetter(s[j]) || s[j] == '(')) j++;
        String word = new String(s, at, j - at).replace("(", "").toLowerCase(Locale.ROOT);
        return STATEMENT_WORDS.contains(word);
    }
}
