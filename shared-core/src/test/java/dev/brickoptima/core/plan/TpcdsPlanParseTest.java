package dev.brickoptima.core.plan;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every approved TPC-DS plan (EXPLAIN FORMATTED, several Spark versions) parses, and every numbered operator is
 * accounted for: the operator ids equal the ids of the {@code (N)} detail blocks, every tree line has a detail block,
 * reuse links and subquery hosts resolve, and every operator is reachable from a root or a subquery.
 */
class TpcdsPlanParseTest {
    static final Path DIR = Paths.get("src/test/resources/corpus/tpcds/plans-v1_4");

    static List<Path> planFiles() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".explain.txt")).sorted().toList();
        }
    }

    @Test
    void corpusIsComplete() throws IOException {
        assertThat(planFiles()).hasSize(103);
    }

    @TestFactory
    Stream<DynamicTest> everyPlanParsesWithEveryOperatorAccountedFor() throws IOException {
        return planFiles().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Set<Integer> detailIds = new TreeSet<>();
        Set<Integer> treeIds = new TreeSet<>();
        boolean inTree = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("(") && line.indexOf(") ") > 1) {
                String n = line.substring(1, line.indexOf(')'));
                if (n.chars().allMatch(Character::isDigit)) detailIds.add(Integer.parseInt(n));
            }
            if (line.equals("== Physical Plan ==") || line.startsWith("Subquery:")) inTree = true;
            else if (line.isBlank()) inTree = false;
            else if (inTree) {
                String t = line.trim();
                treeIds.add(Integer.parseInt(t.substring(t.lastIndexOf('(') + 1, t.length() - 1)));
            }
        }
        PhysicalPlan plan = PlanTextParser.parse(text);
        assertThat(plan.format()).isEqualTo(PlanFormat.FORMATTED);
        assertThat(plan.operators().keySet()).as("operator ids = detail block ids").isEqualTo(detailIds);
        assertThat(plan.operators().size()).isEqualTo(detailIds.size());
        assertThat(detailIds).as("every tree operator has a detail block").containsAll(treeIds);
        assertThat(plan.roots()).hasSize(1);
        for (PlanOperator op : plan.operators().values()) {
            assertThat(op.inTree()).as("%s is in a tree", op).isTrue();
            assertThat(op.detailLine()).as("%s has a detail block", op).isPositive();
            assertThat(op.line()).as("%s has a tree line", op).isPositive();
            assertThat(text.substring(op.start(), op.end())).as("%s location", op).contains("(" + op.id() + ")");
            if (op.is("ReusedExchange")) {
                assertThat(op.reusesId()).isPositive();
                assertThat(op.reused()).as("%s reuses an operator of the plan", op).isNotNull();
            }
            if (op.isJoin() && !op.is("BroadcastNestedLoopJoin") && !op.is("CartesianProduct")) {
                assertThat(op.joinType()).as("%s join type", op).isNotNull();
            }
        }
        assertThat(plan.activeOperators()).as("every operator reachable").hasSize(plan.operators().size());
        for (PlanSubquery s : plan.subqueries()) {
            assertThat(plan.operator(s.hostingOperatorId())).as("host of subquery %s", s.index()).isNotNull();
        }
    }
}
