package dev.brickoptima.core.sql;

import dev.brickoptima.core.rule.Rule;
import dev.brickoptima.core.rule.RuleMetadata;

/**
 * One SQL check. Implementations are small, stateless and thread-safe: they read the statement through
 * the context and report findings on it. Metadata is declared on the class (see {@link RuleMetadata}).
 */
public interface SqlRule extends Rule {
    void check(SqlRuleContext ctx);

    /** Called for dialect commands the parser skips (VACUUM, COPY INTO, ...). Most rules ignore them. */
    default void checkCommand(CommandContext ctx) {
    }
}
