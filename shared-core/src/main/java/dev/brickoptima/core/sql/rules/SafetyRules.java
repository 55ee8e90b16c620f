package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.SqlRule;

import java.util.List;

/** Safety and security rules, in catalog order. */
final class SafetyRules {
    private SafetyRules() {
    }

    static List<SqlRule> all() {
        return List.of(
            new DeleteWithoutWhereRule(),
            new DestructiveStatementRule(),
            new SqlInjectionRiskRule(),
            new GrantToPublicRule()
        );
    }
}
