package dev.brickoptima.core.pg;

import dev.brickoptima.core.rule.Rule;

/** One check of a database's catalog as a whole (indexes nobody uses, duplicate indexes); needs a live server. */
public interface PgCatalogRule extends Rule {
    void check(PgCatalogContext ctx);
}
