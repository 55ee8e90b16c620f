package dev.brickoptima.core.plan.rules;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plan-single-partition on small plans: each way to force one partition (SinglePartition, a 1-partition hash or range
 * shuffle, repartition(1), coalesce(1)) with its exact message and row count, and the places one partition is expected
 * (a global aggregate, under a limit, feeding a window) or not forced at all (other partition counts, nested calls).
 */
class SinglePartitionMessagesTest {
    /** Plan; "[operator id] message" of the one finding, or null for none. */
    private static final String[][] CASES = {
        {"== Physical Plan ==\n*(2) Project [id#1]\n+- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n   +- *(1) Range (0, 1000000, step=1, splits=8)",
         "[2] Exchange SinglePartition Exchange (2) puts all data into one partition (1,000,000 rows): the following work runs in a single task"},
        {"== Physical Plan ==\nExchange hashpartitioning(a#1, 1), ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan [a#1]",
         "[1] 1-partition shuffle Exchange (1) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nExchange rangepartitioning(a#1 ASC NULLS FIRST, 1), ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan [a#1]",
         "[1] 1-partition shuffle Exchange (1) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nExchange hashpartitioning(f(a#1, 1), 2), ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange hashpartitioning(a#1, 200), ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange hashpartitioning(a#1, x1), ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange RoundRobinPartitioning(1), REPARTITION_BY_NUM, [plan_id=12]\n+- LocalTableScan [a#1]",
         "[1] repartition(1) Exchange (1) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nCoalesce 1\n+- LocalTableScan [a#1]",
         "[1] coalesce(1) Coalesce (1) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nCoalesce 10\n+- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nCollectLimit 10\n+- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n   +- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalLimit 10\n   +- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nHashAggregate(keys=[], functions=[count(1)])\n+- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n   +- HashAggregate(keys=[], functions=[partial_count(1)])\n      +- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nHashAggregate(keys=[a#1], functions=[count(1)])\n+- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n   +- HashAggregate(keys=[a#1], functions=[partial_count(1)])\n      +- LocalTableScan [a#1]",
         "[2] Exchange SinglePartition Exchange (2) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nWindow [row_number() windowspecdefinition(a#1 ASC NULLS FIRST) AS rn#2], [a#1 ASC NULLS FIRST]\n+- Sort [a#1 ASC NULLS FIRST], false, 0\n   +- Exchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n      +- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan <empty>, [a#1]",
         "[1] Exchange SinglePartition Exchange (1) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nAdaptiveSparkPlan (4)\n+- Exchange (3)\n   +- Filter (2)\n      +- Scan parquet t (1)\n\n\n(1) Scan parquet t\nOutput [1]: [a#1]\n\n(2) Filter\nInput [1]: [a#1]\nCondition : (a#1 > 0)\nStatistics(sizeInBytes=1.0 MiB, rowCount=12345)\n\n(3) Exchange\nInput [1]: [a#1]\nArguments: SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n\n(4) AdaptiveSparkPlan\nOutput [1]: [a#1]\nArguments: isFinalPlan=false",
         "[3] Exchange SinglePartition Exchange (3) puts all data into one partition (12,345 rows): the following work runs in a single task"},
        // the partition count is the last argument of the outermost call, after nested calls with their own arguments
        {"== Physical Plan ==\nExchange hashpartitioning(f(a#1, 2), 1), ENSURE_REQUIREMENTS, [plan_id=5]\n+- LocalTableScan [a#1]",
         "[1] 1-partition shuffle Exchange (1) puts all data into one partition: the following work runs in a single task"},
        {"== Physical Plan ==\nExchange hashpartitioning(a#1, 1\n+- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange hashpartitioning()\n+- LocalTableScan [a#1]",
         null},
        {"== Physical Plan ==\nExchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n+- SortAggregate(keys=[], functions=[partial_count(1)])\n   +- Range (0, 1000000, step=1, splits=8)",
         null},
        {"== Physical Plan ==\nExchange SinglePartition, ENSURE_REQUIREMENTS, [plan_id=5]\n+- *(1) Project [a#1]\n   +- *(1) Range (0, 1000000, step=1, splits=8)",
         "[1] Exchange SinglePartition Exchange (1) puts all data into one partition (1,000,000 rows): the following work runs in a single task"},
    };

    @Test
    void messagesAndExpectedSinglePartitions() {
        PlanAnalyzer analyzer = new PlanAnalyzer(AnalyzerConfig.builder().only(SinglePartitionRule.METADATA.id()).build());
        for (String[] c : CASES) {
            List<Finding> found = analyzer.analyze(c[0]);
            if (c[1] == null) {
                assertThat(found).as(c[0]).isEmpty();
                continue;
            }
            assertThat(found).as(c[0]).hasSize(1);
            Finding f = found.get(0);
            assertThat("[" + f.location().operatorId() + "] " + f.message()).as(c[0]).isEqualTo(c[1]);
            assertThat(f.detail()).isEqualTo(SinglePartitionRule.METADATA.rationale());
            assertThat(f.fixes()).extracting(x -> x.description()).containsExactly(
                "Use repartition(n, key) or let AQE coalesce partitions instead of coalesce(1) / repartition(1)",
                "Write several files and compact them afterwards instead of coalescing to one");
        }
    }
}
