package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The detail keys a classic EXPLAIN line's arguments become ({@link ClassicArguments}), operator by operator: the same
 * vocabulary EXPLAIN FORMATTED prints, so rules read one. Each case is the tree line and the operator's name and
 * details as parsed.
 */
class ClassicArgumentsTest {
    private static final String[][] CASES = {
        {"Project [a#1, b#2]",
         "Project {Output=[a#1, b#2]}"},
        {"Filter (isnotnull(a#1) AND (a#1 > 1))",
         "Filter {Condition=(isnotnull(a#1) AND (a#1 > 1))}"},
        {"SortMergeJoin [a#1], [b#2], LeftOuter, (c#3 > 1)",
         "SortMergeJoin {Left keys=[a#1], Right keys=[b#2], Join type=LeftOuter, Join condition=(c#3 > 1)}"},
        {"SortMergeJoin [a#1], [b#2]",
         "SortMergeJoin {Left keys=[a#1], Right keys=[b#2], Join condition=None}"},
        // arguments cut short (a hand-edited or truncated plan): what is there is read, nothing more
        {"SortMergeJoin [a#1]",
         "SortMergeJoin {Left keys=[a#1], Join condition=None}"},
        {"SortMergeJoin",
         "SortMergeJoin {Join condition=None}"},
        {"BroadcastNestedLoopJoin BuildRight",
         "BroadcastNestedLoopJoin {Build side=BuildRight, Join condition=None}"},
        {"BroadcastNestedLoopJoin",
         "BroadcastNestedLoopJoin {Join condition=None}"},
        {"FileScan parquet db.t[a#1 Batched: true, Format: Parquet",
         "FileScan parquet db.t {Format=Parquet}"},
        {"ShuffledHashJoin [a#1], [b#2], Inner, BuildRight",
         "ShuffledHashJoin {Left keys=[a#1], Right keys=[b#2], Join type=Inner, Build side=BuildRight, Join condition=None}"},
        {"BroadcastHashJoin [a#1], [b#2], Inner, BuildLeft, (x#5 = 1), false",
         "BroadcastHashJoin {Left keys=[a#1], Right keys=[b#2], Join type=Inner, Build side=BuildLeft, Join condition=(x#5 = 1)}"},
        {"BroadcastHashJoin [a#1], [b#2], LeftSemi, BuildRight, true",
         "BroadcastHashJoin {Left keys=[a#1], Right keys=[b#2], Join type=LeftSemi, Build side=BuildRight, Join condition=None}"},
        {"BroadcastNestedLoopJoin BuildRight, LeftOuter, (a#1 < b#2)",
         "BroadcastNestedLoopJoin {Build side=BuildRight, Join type=LeftOuter, Join condition=(a#1 < b#2)}"},
        {"BroadcastNestedLoopJoin BuildLeft, Cross",
         "BroadcastNestedLoopJoin {Build side=BuildLeft, Join type=Cross, Join condition=None}"},
        {"BroadcastNestedLoopJoin BuildRight, Inner, f(a#1, b#2), g(c#3)",
         "BroadcastNestedLoopJoin {Build side=BuildRight, Join type=Inner, Join condition=f(a#1, b#2), g(c#3)}"},
        {"BroadcastNestedLoopJoin",
         "BroadcastNestedLoopJoin {Join condition=None}"},
        {"CartesianProduct",
         "CartesianProduct {Join type=Inner, Join condition=None}"},
        {"CartesianProduct (a#1 < b#2)",
         "CartesianProduct {Join type=Inner, Join condition=(a#1 < b#2)}"},
        {"HashAggregate(keys=[a#1], functions=[sum(b#2)], output=[a#1, s#3])",
         "HashAggregate {Keys=[a#1], Functions=[sum(b#2)], Results=[a#1, s#3]}"},
        {"ObjectHashAggregate(keys=[], functions=[collect_list(x#1, 0, 0)])",
         "ObjectHashAggregate {Keys=[], Functions=[collect_list(x#1, 0, 0)]}"},
        {"SortAggregate(keys=[k#1], functions=[max(v#2)], nonsense, output=[k#1])",
         "SortAggregate {Keys=[k#1], Functions=[max(v#2)], Results=[k#1]}"},
        {"HashAggregate keys=[a#1]",
         "HashAggregate {Keys=[a#1]}"},
        {"ReusedExchange [a#1, b#2], Exchange hashpartitioning(a#1, 200), ENSURE_REQUIREMENTS, [plan_id=7]",
         "ReusedExchange {Output=[a#1, b#2], Arguments=Exchange hashpartitioning(a#1, 200), ENSURE_REQUIREMENTS, [plan_id=7]}"},
        {"ReusedExchange [a#1]",
         "ReusedExchange {Output=[a#1]}"},
        {"Exchange hashpartitioning(a#1, 200), ENSURE_REQUIREMENTS, [plan_id=7]",
         "Exchange {Arguments=hashpartitioning(a#1, 200), ENSURE_REQUIREMENTS, [plan_id=7]}"},
        {"ColumnarToRow",
         "ColumnarToRow {}"},
        {"FileScan parquet db.t[a#1,b#2] Batched: true, DataFilters: [isnotnull(a#1), a#1 IN (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,..., Format: Parquet, Location: InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters: [], PushedFilters: [IsNotNull(a)], ReadSchema: struct<a:int,b:int>",
         "FileScan parquet db.t {Output=[a#1,b#2], ReadSchema=struct<a:int,b:int>, Batched=true, DataFilters=[isnotnull(a#1), a#1 IN (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,..., Format=Parquet, Location=InMemoryFileIndex(1 paths)[file:/w/t], PartitionFilters=[], PushedFilters=[IsNotNull(a)]}"},
        {"FileScan orc db.u[x#1] Batched: false, Format: ORC, PushedAggregation: [COUNT(x)], RuntimeFilters: [dynamicpruning#5], SelectedBucketsCount: 4 out of 8, ReadSchema: struct<x:int>,",
         "FileScan orc db.u {Output=[x#1], ReadSchema=struct<x:int>,, Batched=false, Format=ORC, PushedAggregation=[COUNT(x)], RuntimeFilters=[dynamicpruning#5], SelectedBucketsCount=4 out of 8}"},
        {"BatchScan db.v[a#1] RuntimeFilters: []",
         "BatchScan db.v {Output=[a#1], RuntimeFilters=[]}"},
        {"Scan ExistingRDD[c#3]",
         "Scan ExistingRDD {Output=[c#3]}"},
        {"InMemoryTableScan [a#1], [isnotnull(a#1)]",
         "InMemoryTableScan {Output=[a#1]}"},
        {"FileScan csv db.w[a#1] Batched: false, Odd key: 1, Format: CSV",
         "FileScan csv db.w {Output=[a#1], Batched=false, Odd key: 1, Format=CSV}"},
    };

    @Test
    void eachOperatorsArgumentsBecomeItsDetails() {
        for (String[] c : CASES) {
            PlanOperator op = PlanTextParser.parse("== Physical Plan ==\n" + c[0]).root();
            assertThat(op.name() + " " + op.details()).as(c[0]).isEqualTo(c[1]);
        }
    }
}
