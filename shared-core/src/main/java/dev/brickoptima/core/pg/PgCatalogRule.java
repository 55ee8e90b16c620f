package dev.brickoptima.core.pg;

import dev.brickoptima.core.rule.RuleMetadata;

/** One check of a database's catalog as a whole (indexes nobody uses, duplicate indexes); needs a live server. */
public interface PgCatalogRule {
    RuleMetadata metadata();

    void check(PgCatalogContext ctx);
}
