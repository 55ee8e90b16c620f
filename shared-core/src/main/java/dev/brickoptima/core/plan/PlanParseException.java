package dev.brickoptima.core.plan;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.rule.EngineRules;
import dev.brickoptima.core.rule.RuleRunner;
import dev.brickoptima.core.rule.Suppression;
import dev.brickoptima.core.text.LineIndex;

import java.util.List;

/** Plan text that is not a plan BrickOptima reads (Spark or PostgreSQL), with the 1-based line (and column) where parsing gave up. */
public final class PlanParseException extends RuntimeException {
    private final int line;
    private final int column;

    public PlanParseException(String message, int line, int column) {
        super("line " + line + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }

    /**
     * The parse-error finding for this failure in {@code text} under the runner's policy (none when parse-error is
     * disabled): from the failing position to the end of its line, the message prefixed with what the text is not
     * ("not a Spark physical plan: line 3: ..."), {@code detail} saying what is read instead.
     */
    public List<Finding> findings(String text, RuleRunner runner, String notA, String detail) {
        String t = text == null ? "" : text;
        LineIndex lines = new LineIndex(t);
        int start = lines.offset(line, column);
        int lineEnd = t.indexOf('\n', start);
        int end = lineEnd < 0 ? t.length() : lineEnd;
        Location loc = new Location(start, Math.max(start, end), line, column, lines.line(end), lines.column(end), null);
        Finding f = runner.finding(EngineRules.PARSE_ERROR, null, notA + ": " + getMessage(), loc, List.of(), detail, Suppression.NONE);
        return f == null ? List.of() : List.of(f);
    }
}
