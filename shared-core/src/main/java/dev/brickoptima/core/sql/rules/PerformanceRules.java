package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.SqlRule;

import java.util.List;

/** Performance rules, in catalog order. */
final class PerformanceRules {
    private PerformanceRules() {
    }

    static List<SqlRule> all() {
        return List.of(
            new SelectStarRule(),
            new CartesianJoinRule(),
            new LeadingWildcardLikeRule(),
            new NonSargablePredicateRule(),
            new OrInJoinConditionRule(),
            new NonEquiJoinRule(),
            new UnionInsteadOfUnionAllRule(),
            new DistinctWithGroupByRule(),
            new OrderByInSubqueryRule(),
            new OrderByWithoutLimitRule(),
            new OrderByRandRule(),
            new CorrelatedScalarSubqueryRule(),
            new CountDistinctMultipleRule(),
            new LargeInListRule(),
            new WindowWithoutPartitionRule(),
            new PartitionFilterMissingRule(),
            new JoinKeyTypeMismatchRule(),
            new HavingWithoutAggregateRule()
        );
    }
}
