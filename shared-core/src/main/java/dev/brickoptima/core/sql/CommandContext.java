package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.rule.RuleContext;

import java.util.List;

/**
 * A statement that is a dialect command rather than SQL the parser knows (Spark's VACUUM, RESTORE, COPY INTO,
 * OPTIMIZE, ...). Rules that care about commands (the read-only guard) see its text and first keyword.
 */
public final class CommandContext extends RuleContext<SqlRuleContext.Report> {
    private final String text;
    private final List<SqlToken> tokens;

    CommandContext(String text, List<SqlToken> tokens, AnalyzerConfig config) {
        super(config);
        this.text = text;
        this.tokens = tokens;
    }

    public String text() { return text; }
    public List<SqlToken> tokens() { return tokens; }

    /** The command word, upper case ("VACUUM"). */
    public String keyword() {
        return tokens.isEmpty() ? "" : tokens.get(0).text(text).toUpperCase();
    }

    public void report(int start, int end, String message, Fix... fixes) {
        add(new SqlRuleContext.Report(rule(), start, end, message, null, List.of(fixes)));
    }
}
