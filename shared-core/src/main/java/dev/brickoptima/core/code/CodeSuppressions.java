package dev.brickoptima.core.code;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.Suppressions;
import dev.brickoptima.core.text.LineIndex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Both suppression forms, honoured the same way in every host:
 * <ul>
 *   <li>a Java comment {@code // brickoptima:ignore rule-id ...} (or a block comment) alone on the line above the
 *   statement or declaration holding the SQL, or trailing on its first line;</li>
 *   <li>a SQL comment {@code /* brickoptima:ignore rule-id * /} inside the SQL text (the SQL analyzer honours it for
 *   SQL rules; {@link #suppressedInSql} for the injection check).</li>
 * </ul>
 * No rule id means every rule. The quick fix writes the Java form: it works for every finding, including injection
 * and SQL read from a constant, and leaves the SQL sent to the database unchanged.
 */
final class CodeSuppressions {
    private static final String ALL = "*";

    private final JavaSourceText source;
    private final LineIndex lines;
    /** Line -> rule ids of a marker comment that applies to a statement starting on that line. */
    private final Map<Integer, Set<String>> byStatementLine = new HashMap<>();

    CodeSuppressions(JavaSourceText source, LineIndex lines) {
        this.source = source;
        this.lines = lines;
        String text = source.text();
        if (text.indexOf(Suppressions.MARKER) < 0) return;
        for (JavaSourceText.Comment c : source.comments()) {
            String body = text.substring(c.start(), c.end());
            int i = body.indexOf(Suppressions.MARKER);
            if (i < 0) continue;
            Set<String> ids = ids(body.substring(i + Suppressions.MARKER.length()));
            // trailing on a statement's first line
            byStatementLine.computeIfAbsent(lines.line(c.start()), k -> new HashSet<>()).addAll(ids);
            // alone on its line: applies to the statement on the next line
            if (text.substring(source.lineStart(c.start()), c.start()).isBlank()) {
                byStatementLine.computeIfAbsent(lines.line(c.end() - 1) + 1, k -> new HashSet<>()).addAll(ids);
            }
        }
    }

    private static Set<String> ids(String rest) {
        if (rest.endsWith("*/")) rest = rest.substring(0, rest.length() - 2);
        Set<String> ids = new HashSet<>();
        for (String part : rest.split("[,\\s]+")) if (!part.isBlank()) ids.add(part.trim());
        if (ids.isEmpty()) ids.add(ALL);
        return ids;
    }

    /** Whether a Java comment suppresses {@code ruleId} for the statement starting at {@code statementStart}. */
    boolean suppresses(int statementStart, String ruleId) {
        if (byStatementLine.isEmpty() || statementStart < 0) return false;
        Set<String> ids = byStatementLine.get(lines.line(statementStart));
        return ids != null && (ids.contains(ALL) || ids.contains(ruleId));
    }

    /** Whether a SQL comment in {@code sql} suppresses {@code ruleId}. */
    static boolean suppressedInSql(String sql, String ruleId) {
        if (sql.indexOf(Suppressions.MARKER) < 0) return false;
        List<SqlToken> comments = new ArrayList<>();
        for (SqlToken t : new SqlLexer(Dialect.ANSI).tokenize(sql)) if (t.isComment()) comments.add(t);
        return Suppressions.of(sql, comments).suppresses(ruleId);
    }

    /** The edit inserting {@code // brickoptima:ignore ruleId} above the statement starting at {@code statementStart}. */
    Fix fix(int statementStart, String ruleId) {
        String text = source.text();
        String description = "Suppress '" + ruleId + "' for this statement";
        int lineStart = source.lineStart(statementStart);
        String indent = text.substring(lineStart, statementStart);
        if (!indent.isBlank()) {
            // something precedes the statement on its line: the comment goes at the end of that line instead
            int lineEnd = source.lineEnd(statementStart);
            return new Fix(description, List.of(new TextEdit(lineEnd, lineEnd, " // " + Suppressions.MARKER + " " + ruleId)));
        }
        return new Fix(description, List.of(new TextEdit(lineStart, lineStart,
            indent + "// " + Suppressions.MARKER + " " + ruleId + source.lineSeparator())));
    }
}
