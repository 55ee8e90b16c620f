package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.plan.PlanRule;
import dev.brickoptima.core.rule.RuleMetadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Every Spark plan rule, in documentation order: plan-only rules first, then rules that need runtime metrics. */
public final class PlanRuleCatalog {
    private static final List<PlanRule> ALL = List.of(
        new CartesianProductRule(),
        new BroadcastNestedLoopJoinRule(),
        new SmjCouldBroadcastRule(),
        new FilterNotPushedRule(),
        new PartitionFilterMissingRule(),
        new PythonUdfRule(),
        new ScalaUdfRule(),
        new WindowWithoutPartitionRule(),
        new GlobalSortRule(),
        new ExpandCountDistinctRule(),
        new GenerateExplodeRule(),
        new LargeInListRule(),
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

    private PlanRuleCatalog() {
    }

    public static List<PlanRule> all() {
        return ALL;
    }

    /** Metadata of every plan rule (for the rule catalog and IDE descriptions). */
    public static List<RuleMetadata> metadata() {
        List<RuleMetadata> out = new ArrayList<>();
        for (PlanRule r : ALL) out.add(r.metadata());
        return Collections.unmodifiableList(out);
    }

    /** The rule with this id, or null. */
    public static PlanRule byId(String id) {
        for (PlanRule r : ALL) if (r.metadata().id().equals(id)) return r;
        return null;
    }
}
