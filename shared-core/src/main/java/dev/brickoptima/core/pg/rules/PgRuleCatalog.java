package dev.brickoptima.core.pg.rules;

import dev.brickoptima.core.pg.PgCatalogRule;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every PostgreSQL rule, in documentation order: plan rules, index advice, catalog rules, the guard's budget. */
public final class PgRuleCatalog {
    private static final List<PgPlanRule> PLAN = List.of(
        new SeqScanFilterRule(),
        new RowEstimateRule(),
        new DiskSpillRule(),
        new NestedLoopRowsRule(),
        new IndexFilterRule(),
        new LossyBitmapRule(),
        new RepeatedScanRule(),
        new JitOverheadRule(),
        new IndexAdviceRule(),
        new BudgetRule());

    private static final List<PgCatalogRule> CATALOG = List.of(
        new UnusedIndexRule(),
        new DuplicateIndexRule());

    private PgRuleCatalog() {
    }

    public static List<PgPlanRule> planRules() {
        return PLAN;
    }

    public static List<PgCatalogRule> catalogRules() {
        return CATALOG;
    }

    /** Metadata of every PostgreSQL rule (for the rule catalog and IDE descriptions). */
    public static List<RuleMetadata> metadata() {
        List<RuleMetadata> out = new ArrayList<>();
        for (PgPlanRule r : PLAN) out.add(r.metadata());
        for (PgCatalogRule r : CATALOG) out.add(r.metadata());
        return Collections.unmodifiableList(out);
    }
}
