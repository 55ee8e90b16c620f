package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.rule.RuleContext;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.List;

/** What a catalog rule sees (the whole catalog) and where it reports (on an index or table by name). */
public final class PgCatalogContext extends RuleContext<PgCatalogContext.Report> {
    /** A finding on a catalog object ({@code subject}: "index orders_status_copy_idx"). */
    record Report(RuleMetadata rule, String subject, String message, String detail, List<Fix> fixes) {
    }

    private final PgCatalog catalog;

    PgCatalogContext(PgCatalog catalog, AnalyzerConfig config) {
        super(config);
        this.catalog = catalog;
    }

    public PgCatalog catalog() { return catalog; }

    public void report(String subject, String message, String detail, Fix... fixes) {
        add(new Report(rule(), subject, message, detail, List.of(fixes)));
    }
}
