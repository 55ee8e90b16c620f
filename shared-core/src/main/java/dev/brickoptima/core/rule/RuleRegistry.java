package dev.brickoptima.core.rule;

import dev.brickoptima.core.code.InjectionCheck;
import dev.brickoptima.core.pg.PgCatalogRule;
import dev.brickoptima.core.pg.PgPlanRule;
import dev.brickoptima.core.pg.rules.BudgetRule;
import dev.brickoptima.core.pg.rules.DiskSpillRule;
import dev.brickoptima.core.pg.rules.DuplicateIndexRule;
import dev.brickoptima.core.pg.rules.IndexAdviceRule;
import dev.brickoptima.core.pg.rules.IndexFilterRule;
import dev.brickoptima.core.pg.rules.JitOverheadRule;
import dev.brickoptima.core.pg.rules.LossyBitmapRule;
import dev.brickoptima.core.pg.rules.NestedLoopRowsRule;
import dev.brickoptima.core.pg.rules.RepeatedScanRule;
import dev.brickoptima.core.pg.rules.RowEstimateRule;
import dev.brickoptima.core.pg.rules.SeqScanFilterRule;
import dev.brickoptima.core.pg.rules.UnusedIndexRule;
import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.plan.rules.AqeDisabledRule;
import dev.brickoptima.core.plan.rules.BroadcastLargerSideRule;
import dev.brickoptima.core.plan.rules.BroadcastNestedLoopJoinRule;
import dev.brickoptima.core.plan.rules.CartesianProductRule;
import dev.brickoptima.core.plan.rules.ExpandCountDistinctRule;
import dev.brickoptima.core.plan.rules.ExplodingJoinRule;
import dev.brickoptima.core.plan.rules.FilterNotPushedRule;
import dev.brickoptima.core.plan.rules.GenerateExplodeRule;
import dev.brickoptima.core.plan.rules.GlobalSortRule;
import dev.brickoptima.core.plan.rules.LargeBroadcastRule;
import dev.brickoptima.core.plan.rules.ManyShufflesRule;
import dev.brickoptima.core.plan.rules.PythonUdfRule;
import dev.brickoptima.core.plan.rules.ScalaUdfRule;
import dev.brickoptima.core.plan.rules.SinglePartitionRule;
import dev.brickoptima.core.plan.rules.SkewRule;
import dev.brickoptima.core.plan.rules.SmallFilesRule;
import dev.brickoptima.core.plan.rules.SmjCouldBroadcastRule;
import dev.brickoptima.core.plan.rules.SpillRule;
import dev.brickoptima.core.plan.rules.TinyTasksRule;
import dev.brickoptima.core.plan.rules.UnionDistinctRule;
import dev.brickoptima.core.sql.SqlRule;
import dev.brickoptima.core.sql.rules.AggregateInWhereRule;
import dev.brickoptima.core.sql.rules.BetweenReversedRule;
import dev.brickoptima.core.sql.rules.CartesianJoinRule;
import dev.brickoptima.core.sql.rules.ColumnNotInGroupByRule;
import dev.brickoptima.core.sql.rules.ContradictoryConditionRule;
import dev.brickoptima.core.sql.rules.CorrelatedScalarSubqueryRule;
import dev.brickoptima.core.sql.rules.CountDistinctMultipleRule;
import dev.brickoptima.core.sql.rules.DeleteWithoutWhereRule;
import dev.brickoptima.core.sql.rules.DestructiveStatementRule;
import dev.brickoptima.core.sql.rules.DistinctWithGroupByRule;
import dev.brickoptima.core.sql.rules.DuplicateSelectAliasRule;
import dev.brickoptima.core.sql.rules.GrantToPublicRule;
import dev.brickoptima.core.sql.rules.HavingWithoutAggregateRule;
import dev.brickoptima.core.sql.rules.HavingWithoutGroupByRule;
import dev.brickoptima.core.sql.rules.InsertColumnCountMismatchRule;
import dev.brickoptima.core.sql.rules.InsertWithoutColumnListRule;
import dev.brickoptima.core.sql.rules.JoinKeyTypeMismatchRule;
import dev.brickoptima.core.sql.rules.LargeInListRule;
import dev.brickoptima.core.sql.rules.LeadingWildcardLikeRule;
import dev.brickoptima.core.sql.rules.LimitWithoutOrderByRule;
import dev.brickoptima.core.sql.rules.NonEquiJoinRule;
import dev.brickoptima.core.sql.rules.NonSargablePredicateRule;
import dev.brickoptima.core.sql.rules.NotInSubqueryRule;
import dev.brickoptima.core.sql.rules.NullComparisonRule;
import dev.brickoptima.core.sql.rules.OrInJoinConditionRule;
import dev.brickoptima.core.sql.rules.OrderByInSubqueryRule;
import dev.brickoptima.core.sql.rules.OrderByRandRule;
import dev.brickoptima.core.sql.rules.OrderByWithoutLimitRule;
import dev.brickoptima.core.sql.rules.OuterJoinFilteredInWhereRule;
import dev.brickoptima.core.sql.rules.SelectStarRule;
import dev.brickoptima.core.sql.rules.SelfComparisonRule;
import dev.brickoptima.core.sql.rules.SqlInjectionRiskRule;
import dev.brickoptima.core.sql.rules.UnionColumnCountMismatchRule;
import dev.brickoptima.core.sql.rules.UnionInsteadOfUnionAllRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule BrickOptima has, each listed once (as Error Prone's BuiltInCheckerSuppliers): SQL rules, the SQL-in-code
 * rule, Spark plan rules, PostgreSQL rules and engine findings. The analyzers, docs/rules.md, the SARIF rule list, configuration checks
 * and IDE descriptions all read this list. Listed explicitly: no reflection or class-path scanning (TeaVM).
 * A new rule is added here, in the section and position it should have in docs/rules.md.
 */
public final class RuleRegistry {
    private static final List<SqlRule> SQL = List.of(
        // performance
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
        new dev.brickoptima.core.sql.rules.WindowWithoutPartitionRule(),
        new dev.brickoptima.core.sql.rules.PartitionFilterMissingRule(),
        new JoinKeyTypeMismatchRule(),
        new HavingWithoutAggregateRule(),
        // correctness
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
        new InsertColumnCountMismatchRule(),
        // safety and security
        new DeleteWithoutWhereRule(),
        new DestructiveStatementRule(),
        new SqlInjectionRiskRule(),
        new GrantToPublicRule());

    /** Rules on SQL in host code, checked at the call site (the SQL itself is checked by the SQL rules). */
    private static final List<RuleMetadata> CODE = List.of(InjectionCheck.METADATA);

    /** Plan-only rules first, then rules that need runtime metrics. */
    private static final List<PlanRule> PLAN = List.of(
        new CartesianProductRule(),
        new BroadcastNestedLoopJoinRule(),
        new SmjCouldBroadcastRule(),
        new FilterNotPushedRule(),
        new dev.brickoptima.core.plan.rules.PartitionFilterMissingRule(),
        new PythonUdfRule(),
        new ScalaUdfRule(),
        new dev.brickoptima.core.plan.rules.WindowWithoutPartitionRule(),
        new GlobalSortRule(),
        new ExpandCountDistinctRule(),
        new GenerateExplodeRule(),
        new dev.brickoptima.core.plan.rules.LargeInListRule(),
        new UnionDistinctRule(),
        new ManyShufflesRule(),
        new SinglePartitionRule(),
        new BroadcastLargerSideRule(),
        new AqeDisabledRule(),
        new SkewRule(),
        new SpillRule(),
        new SmallFilesRule(),
        new ExplodingJoinRule(),
        new LargeBroadcastRule(),
        new TinyTasksRule());

    /** PostgreSQL plan rules, then index advice and the guard's budget. */
    private static final List<PgPlanRule> POSTGRES_PLAN = List.of(
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

    /** PostgreSQL catalog rules (need a live server). */
    private static final List<PgCatalogRule> POSTGRES_CATALOG = List.of(
        new UnusedIndexRule(),
        new DuplicateIndexRule());

    private static final List<RuleMetadata> ALL;
    private static final Map<String, RuleMetadata> BY_ID = new HashMap<>();

    static {
        List<RuleMetadata> all = new ArrayList<>();
        for (SqlRule r : SQL) all.add(r.metadata());
        all.addAll(CODE);
        for (PlanRule r : PLAN) all.add(r.metadata());
        all.addAll(postgresRules());
        all.addAll(EngineRules.ALL);
        for (RuleMetadata m : all) {
            if (BY_ID.put(m.id(), m) != null) throw new IllegalStateException("rule id " + m.id() + " is registered twice");
        }
        ALL = Collections.unmodifiableList(all);
    }

    private RuleRegistry() {
    }

    /** Every SQL rule, in catalog order. */
    public static List<SqlRule> sqlRules() {
        return SQL;
    }

    /** Every Spark plan rule, in catalog order. */
    public static List<PlanRule> planRules() {
        return PLAN;
    }

    /** PostgreSQL plan rules (EXPLAIN output). */
    public static List<PgPlanRule> postgresPlanRules() {
        return POSTGRES_PLAN;
    }

    /** PostgreSQL catalog rules (a live server's indexes). */
    public static List<PgCatalogRule> postgresCatalogRules() {
        return POSTGRES_CATALOG;
    }

    /** Metadata of every PostgreSQL rule: plan rules, then catalog rules. */
    public static List<RuleMetadata> postgresRules() {
        List<RuleMetadata> out = new ArrayList<>(metadata(POSTGRES_PLAN));
        out.addAll(metadata(POSTGRES_CATALOG));
        return Collections.unmodifiableList(out);
    }

    /** Rules checked on SQL in host code (injection). */
    public static List<RuleMetadata> codeRules() {
        return CODE;
    }

    /** Findings the engine raises on input it could not analyse. */
    public static List<RuleMetadata> engineRules() {
        return EngineRules.ALL;
    }

    /** Metadata of every rule: SQL, code, Spark plan, PostgreSQL, engine. */
    public static List<RuleMetadata> all() {
        return ALL;
    }

    /** The rule with this id, or null. */
    public static RuleMetadata byId(String id) {
        return id == null ? null : BY_ID.get(id);
    }

    /** Metadata of a list of rules. */
    public static List<RuleMetadata> metadata(List<? extends Rule> rules) {
        List<RuleMetadata> out = new ArrayList<>(rules.size());
        for (Rule r : rules) out.add(r.metadata());
        return Collections.unmodifiableList(out);
    }
}
