package dev.brickoptima.core.pg;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.List;

/** What a catalog rule sees (the whole catalog) and where it reports (on an index or table by name). */
public final class PgCatalogContext {
    /** A finding on a catalog object ({@code subject}: "index orders_status_copy_idx"). */
    record Report(RuleMetadata rule, String subject, String message, String detail, List<Fix> fixes) {
    }

    private final PgCatalog catalog;
    private final AnalyzerConfig config;
    private final List<Report> reports = new ArrayList<>();
    private RuleMetadata rule;

    PgCatalogContext(PgCatalog catalog, AnalyzerConfig config) {
        this.catalog = catalog;
        this.config = config;
    }

    void setRule(RuleMetadata r) { this.rule = r; }
    List<Report> reports() { return reports; }

    public PgCatalog catalog() { return catalog; }

    public double threshold(String name, double def) {
        return config.threshold(rule.id(), name, def);
    }

    public void report(String subject, String message, String detail, Fix... fixes) {
        reports.add(new Report(rule, subject, message, detail, List.of(fixes)));
    }
}
