package dev.brickoptima.core.plan.compare;

import dev.brickoptima.core.plan.PhysicalPlan;
import dev.brickoptima.core.plan.PlanTextParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@link ExecutionMatcher} pairs the executions of two runs: the only plan on each side, then equal descriptions
 * (whitespace collapsed), then equal normalised SQL; repeated keys pair in order, and what pairs with nothing is listed
 * per side.
 */
class ExecutionMatcherTest {
    private static final PhysicalPlan PLAN = PlanTextParser.parse("== Physical Plan ==\nLocalTableScan [x#1]");

    private static ComparedPlan run(String label, String description) {
        return new ComparedPlan(label, description, PLAN, -1);
    }

    private static List<String> pairs(ExecutionMatcher.Matching m) {
        return m.pairs().stream().map(p -> p.old().label() + "=" + p.neu().label() + " by " + p.how()).toList();
    }

    private static List<String> labels(List<ComparedPlan> plans) {
        return plans.stream().map(ComparedPlan::label).toList();
    }

    @Test
    void theOnlyPlanOnEachSidePairsWhateverItsDescription() {
        ExecutionMatcher.Matching m = ExecutionMatcher.match(List.of(run("a", "count rows")), List.of(run("b", "")));
        assertThat(pairs(m)).containsExactly("a=b by the only plan on each side");
        assertThat(m.onlyOld()).isEmpty();
        assertThat(m.onlyNew()).isEmpty();
    }

    @Test
    void descriptionsPairFirstThenNormalisedSqlAndRepeatedKeysPairInOrder() {
        List<ComparedPlan> olds = List.of(
            run("o1", "daily  report\n"),
            run("o2", "select * from t where d = '2024-01-01'"),
            run("o3", "load"),
            run("o4", "load"),
            run("o5", "  "),
            run("o6", "show me"),
            run("o7", "count rows"));
        List<ComparedPlan> news = List.of(
            run("n1", "load"),
            run("n2", "SELECT *\nFROM t WHERE d = '2025-02-02' -- today"),
            run("n3", "daily report"),
            run("n4", ""),
            run("n5", "SHOW ME"),
            run("n6", "load"),
            run("n7", "count  rows"));
        ExecutionMatcher.Matching m = ExecutionMatcher.match(olds, news);
        assertThat(pairs(m)).containsExactly(
            "o1=n3 by description", "o3=n1 by description", "o4=n6 by description", "o7=n7 by description",
            "o2=n2 by normalised SQL");
        // a blank description pairs with nothing; "show me" is no SQL statement, so case does not make it equal
        assertThat(labels(m.onlyOld())).containsExactly("o5", "o6");
        assertThat(labels(m.onlyNew())).containsExactly("n4", "n5");
    }

    @Test
    void aThirdRunOfARepeatedDescriptionStaysUnpaired() {
        ExecutionMatcher.Matching m = ExecutionMatcher.match(
            List.of(run("o1", "load"), run("o2", "load"), run("o3", "load")), List.of(run("n1", "load"), run("n2", "load")));
        assertThat(pairs(m)).containsExactly("o1=n1 by description", "o2=n2 by description");
        assertThat(labels(m.onlyOld())).containsExactly("o3");
        assertThat(m.onlyNew()).isEmpty();
    }

    @Test
    void sqlIsRecognisedByItsFirstWord() {
        for (String sql : List.of("SELECT 1", "  with x as (select 1) select * from x", "Insert into t values (1)",
            "MERGE INTO t", "update t set a = 1", "DELETE FROM t", "create table t (a int)", "REPLACE TABLE t",
            "CACHE TABLE t", "FROM t SELECT a", "VALUES (1)", "TABLE t", "select(1)")) {
            assertThat(ExecutionMatcher.looksLikeSql(sql)).as(sql).isTrue();
        }
        for (String text : List.of("", "show tables", "selection of rows", "count rows", "1 SELECT", "(SELECT 1)")) {
            assertThat(ExecutionMatcher.looksLikeSql(text)).as(text).isFalse();
        }
    }

    @Test
    void normalisedSqlText() {
        assertThat(ExecutionMatcher.normalisedSql("select a, b from t /* c */ where x in (1, 2, 3) and s = 'q' -- end"))
            .isEqualTo("SELECT A , B FROM T WHERE X IN ( ? ) AND S = ?");
        assertThat(ExecutionMatcher.normalisedSql("SELECT 1.5e3 FROM t")).isEqualTo("SELECT ? FROM T");
    }
}
