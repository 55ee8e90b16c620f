package dev.brickoptima.core.rule;

import dev.brickoptima.core.pg.rules.PgRuleCatalog;
import dev.brickoptima.core.plan.rules.PlanRuleCatalog;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.rules.SqlRuleCatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Metadata of every rule BrickOptima has (SQL, Spark plan, PostgreSQL, engine), the single source for docs and IDE descriptions. */
public final class RuleCatalog {
    private RuleCatalog() {
    }

    public static List<RuleMetadata> sqlRules() {
        List<RuleMetadata> out = new ArrayList<>();
        for (SqlRule r : SqlRuleCatalog.all()) out.add(r.metadata());
        return Collections.unmodifiableList(out);
    }

    public static List<RuleMetadata> engineRules() {
        return EngineRules.ALL;
    }

    public static List<RuleMetadata> all() {
        List<RuleMetadata> out = new ArrayList<>(sqlRules());
        out.addAll(planRules());
        out.addAll(postgresRules());
        out.addAll(engineRules());
        return Collections.unmodifiableList(out);
    }

    public static List<RuleMetadata> planRules() {
        return PlanRuleCatalog.metadata();
    }

    /** PostgreSQL plan, index-advice and catalog rules. */
    public static List<RuleMetadata> postgresRules() {
        return PgRuleCatalog.metadata();
    }

    /** The rule with this id, or null. */
    public static RuleMetadata byId(String id) {
        for (RuleMetadata m : all()) if (m.id().equals(id)) return m;
        return null;
    }
}
