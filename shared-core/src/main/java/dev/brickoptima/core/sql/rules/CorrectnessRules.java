package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.SqlRule;

import java.util.List;

/** Correctness rules, in catalog order. */
final class CorrectnessRules {
    private CorrectnessRules() {
    }

    static List<SqlRule> all() {
        return List.of(
            new NullComparisonRule(),
            new NotInSubqueryRule(),
            new BetweenReversedRule(),
            new SelfComparisonRule(),
            new ContradictoryConditionRule(),
            new OuterJoinFilteredInWhereRule(),
            new AggregateInWhereRule(),
            new HavingWithoutGroupByRule(),
            new ColumnNotInGroupByRule(),
            new LimitWithoutOrderByRule(),
            new UnionColumnCountMismatchRule(),
            new DuplicateSelectAliasRule(),
            new InsertWithoutColumnListRule(),
            new InsertColumnCountMismatchRule()
        );
    }
}
