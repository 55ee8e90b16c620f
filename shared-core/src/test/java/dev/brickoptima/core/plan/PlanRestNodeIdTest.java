package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The binder records the REST / UI graph node of each operator it binds, so hosts can point at it in the graph. */
class PlanRestNodeIdTest {

    @Test
    void everyBoundOperatorNamesARestNodeOfItsOwnKind() throws Exception {
        for (SqlExecution e : RestJson.executions()) {
            PhysicalPlan plan = PlanMetricsBinder.bind(e);
            Map<Long, String> names = new HashMap<>();
            for (SqlExecutionNode n : e.nodes()) names.put(n.nodeId(), n.nodeName());
            int bound = 0;
            for (PlanOperator op : plan.activeOperators()) {
                if (op.restNodeId() < 0) continue;
                bound++;
                String restName = names.get(op.restNodeId());
                assertThat(restName).as("execution %s operator (%s) %s", e.id(), op.id(), op.name()).isNotNull();
                if (!op.isScan()) assertThat(restName).as("execution %s operator (%s)", e.id(), op.id()).startsWith(op.kind());
            }
            assertThat(bound).as("execution %s", e.id()).isGreaterThan(0);
        }
    }

    @Test
    void unboundPlansHaveNoNodeIds() {
        PhysicalPlan plan = PlanTextParser.parse("== Physical Plan ==\n* Project (2)\n+- * Range (1)\n\n\n(1) Range [codegen id : 1]\nOutput [1]: [id#0L]\n\n(2) Project [codegen id : 1]\nOutput [1]: [id#0L]\nInput [1]: [id#0L]\n");
        assertThat(plan.activeOperators()).isNotEmpty().allMatch(op -> op.restNodeId() == -1);
    }
}
