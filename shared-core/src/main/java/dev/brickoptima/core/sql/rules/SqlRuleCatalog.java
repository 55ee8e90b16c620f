package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.SqlRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every SQL rule, in catalog order. Listed explicitly: no reflection or class-path scanning (TeaVM). */
public final class SqlRuleCatalog {
    private static final List<SqlRule> ALL;

    static {
        List<SqlRule> all = new ArrayList<>();
        all.addAll(PerformanceRules.all());
        all.addAll(CorrectnessRules.all());
        all.addAll(SafetyRules.all());
        ALL = Collections.unmodifiableList(all);
    }

    private SqlRuleCatalog() {
    }

    public static List<SqlRule> all() {
        return ALL;
    }
}
