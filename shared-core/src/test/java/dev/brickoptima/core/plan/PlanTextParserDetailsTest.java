package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every field {@link PlanTextParser} fills, pinned on two small plans (a formatted AQE plan with a subquery section,
 * a reused exchange, statistics and multi-line details; a classic plan with a command, a skew join, an inner subquery
 * and a batch scan with statistics), and the exact message and place of each error it reports.
 * The expected dumps ({@link PlanDump}) are under {@code plan/parser/}, next to the plans.
 */
class PlanTextParserDetailsTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = PlanTextParserDetailsTest.class.getResourceAsStream("/plan/parser/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void formattedPlanWithSubqueriesReuseAndStatistics() throws IOException {
        PhysicalPlan plan = PlanTextParser.parse(resource("formatted.txt"));
        assertThat(PlanDump.of(plan)).isEqualTo(resource("formatted.dump"));
    }

    @Test
    void classicPlanWithCommandSkewJoinInnerSubqueryAndStatistics() throws IOException {
        PhysicalPlan plan = PlanTextParser.parse(resource("classic.txt"));
        assertThat(PlanDump.of(plan)).isEqualTo(resource("classic.dump"));
    }

    @Test
    void crLfLineEndsGiveTheSameOperatorsAndOffsetsIntoTheOriginalText() throws IOException {
        String lf = resource("classic.txt");
        String crlf = lf.replace("\n", "\r\n");
        PhysicalPlan plan = PlanTextParser.parse(crlf);
        PlanOperator join = plan.operator(3);
        assertThat(crlf.substring(join.start(), join.end())).isEqualTo("SortMergeJoin(skew=true) [a#1], [c#3], LeftSemi");
        assertThat(join.line()).isEqualTo(4);
        assertThat(plan.operators()).hasSize(PlanTextParser.parse(lf).operators().size());
    }

    @Test
    void formattedPlanWithCrLfAndWhitespaceOnlyLinesGivesTheSameDump() throws IOException {
        // the parser reads lines by offsets and trims without copying: \r, and blank lines holding spaces or tabs,
        // must still split the sections exactly as plain blank lines do
        String lf = resource("formatted.txt");
        String padded = lf.replace("\n\n", "\n \t \n").replace("\n", "\r\n");
        assertThat(PlanDump.of(PlanTextParser.parse(padded))).isEqualTo(resource("formatted.dump"));
    }

    /** Plan text, then the message, line and column of its error. */
    private static final String[][] ERRORS = {
        {"  \n \n", "line 1: empty plan text", "1", "1"},
        {"== Parsed Logical Plan ==\nProject\n", "line 1: no '== Physical Plan ==' section", "1", "1"},
        {"hello world", "line 1: not a Spark physical plan (no '== Physical Plan ==' header and no operator tree)", "1", "1"},
        {"Sort [a#1 ASC], true", "line 1: not a Spark physical plan (no '== Physical Plan ==' header and no operator tree)", "1", "1"},
        {"\n\nhello world\n", "line 3: expected a physical operator such as 'Project' or 'HashAggregate', found 'hello world'", "3", "1"},
        {"Project [a]\n+- ", "line 2: tree line without an operator", "2", "4"},
        {"== Physical Plan ==\n+- Project [a]", "line 2: tree line has no parent operator above it", "2", "1"},
        {"Project [a]\n +- Filter x", "line 2: tree line is not aligned with an operator above it", "2", "2"},
        {"AdaptiveSparkPlan isFinalPlan=false\n+- == Current Plan ==\n   Project [a]", "line 2: unknown plan section '== Current Plan =='", "2", "4"},
        {"Project [a]\n   == Final Plan ==", "line 2: plan section '== Final Plan ==' outside an AdaptiveSparkPlan", "2", "4"},
        {"== Physical Plan ==\n* Project (2)\n+- Scan parquet t\n", "line 3: expected an operator with an id like 'Project (12)', found 'Scan parquet t'", "3", "4"},
        {"== Physical Plan ==\nProject [a]\n+- 123abc", "line 3: expected an operator name, found '123abc'", "3", "4"},
        {"== Physical Plan ==\nproject [a]", "line 2: expected a physical operator such as 'Project' or 'HashAggregate', found 'project [a]'", "2", "1"},
        {"== Physical Plan ==\n\n", "line 2: no physical plan operators found", "2", "1"},
        {"== Physical Plan ==\n* Project (1)\n\n===== Subqueries =====\n\n* Filter (2)\n", "line 6: operator outside the plan tree", "6", "1"},
    };

    @Test
    void errorsSayWhatAndWhere() {
        for (String[] c : ERRORS) {
            assertThatThrownBy(() -> PlanTextParser.parse(c[0])).as(c[0])
                .isInstanceOfSatisfying(PlanParseException.class, e -> {
                    assertThat(e.getMessage()).as(c[0]).isEqualTo(c[1]);
                    assertThat(e.line()).as(c[0]).isEqualTo(Integer.parseInt(c[2]));
                    assertThat(e.column()).as(c[0]).isEqualTo(Integer.parseInt(c[3]));
                });
        }
    }

    @Test
    void limitsAndMissingText() {
        assertThatThrownBy(() -> new PlanTextParser(1000, 2).read("Project [a]\n+- Filter b\n   +- Scan c"))
            .hasMessage("line 3: plan nested deeper than 2 operators");
        assertThat(new PlanTextParser(1000, 3).read("Project [a]\n+- Filter b\n   +- Scan c").operators()).hasSize(3);
        assertThatThrownBy(() -> new PlanTextParser(10, 2).read("Project [a]\n+- Filter b"))
            .hasMessage("line 1: plan text of 23 characters exceeds the limit of 10");
        assertThat(new PlanTextParser(23, 2).read("Project [a]\n+- Filter b").operators()).hasSize(2);
        assertThatThrownBy(() -> PlanTextParser.parse(null)).hasMessage("line 1: no plan text");
    }

    @Test
    void longUnexpectedTextIsAbbreviatedInTheMessage() {
        String junk = "(" + "x".repeat(100);
        assertThatThrownBy(() -> PlanTextParser.parse("== Physical Plan ==\nProject [a]\n+- " + junk))
            .hasMessage("line 3: expected an operator name, found '" + junk.substring(0, 57) + "...'");
        String sixty = "(" + "y".repeat(59);
        assertThatThrownBy(() -> PlanTextParser.parse("== Physical Plan ==\nProject [a]\n+- " + sixty))
            .hasMessage("line 3: expected an operator name, found '" + sixty + "'");
    }

    @Test
    void oneLinePlansWithoutHeaderAndSectionsAfterThePhysicalPlan() {
        assertThat(PlanTextParser.parse("LocalTableScan [a#1]").root().name()).isEqualTo("LocalTableScan");
        PlanOperator range = PlanTextParser.parse("*(1) Range (0, 10, step=1, splits=2)").root();
        assertThat(range.name()).isEqualTo("Range");
        assertThat(range.codegenStageId()).isEqualTo(1);
        assertThat(range.arguments()).isEqualTo("(0, 10, step=1, splits=2)");
        // another "== ...==" section ends the physical plan, with or without a blank line before it
        assertThat(PlanTextParser.parse("== Physical Plan ==\nProject [a]\n== Optimized ==\nFilter x").operators()).hasSize(1);
        assertThat(PlanTextParser.parse("== Physical Plan ==\nProject [a]\n\nFilter x").operators()).hasSize(1);
    }

    @Test
    void looksLikePlan() {
        assertThat(PlanTextParser.looksLikePlan(null)).isFalse();
        assertThat(PlanTextParser.looksLikePlan("== Physical Plan ==\n")).isTrue();
        for (String op : new String[] {"Exchange", "Scan", "Project", "Aggregate", "Join"}) {
            assertThat(PlanTextParser.looksLikePlan("X\n+- " + op + " y")).as(op).isTrue();
            assertThat(PlanTextParser.looksLikePlan("X\n" + op + " y")).as(op + " without a tree marker").isFalse();
        }
        assertThat(PlanTextParser.looksLikePlan("X\n+- Filter y")).isFalse();
        // only the head of a long text is read
        assertThat(PlanTextParser.looksLikePlan("x".repeat(4000) + "== Physical Plan ==")).isFalse();
        assertThat(PlanTextParser.looksLikePlan("x".repeat(3980) + "== Physical Plan ==")).isTrue();
    }

    @Test
    void classicNamesKeepFormatAndTableForScansAndTheCommandForExecute() {
        assertThat(PlanTextParser.classicName("FileScan parquet db.t[a#1] Batched: true")).isEqualTo("FileScan parquet db.t");
        assertThat(PlanTextParser.classicName("Scan ExistingRDD[c#3]")).isEqualTo("Scan ExistingRDD");
        assertThat(PlanTextParser.classicName("BatchScan db.t[a#1]")).isEqualTo("BatchScan db.t");
        assertThat(PlanTextParser.classicName("Execute CreateViewCommand `v`, SELECT 1")).isEqualTo("Execute CreateViewCommand");
        assertThat(PlanTextParser.classicName("SortMergeJoin(skew=true) [a#1], [b#2], Inner")).isEqualTo("SortMergeJoin(skew=true)");
        assertThat(PlanTextParser.classicName("Project [a#1]")).isEqualTo("Project");
        assertThat(PlanTextParser.classicName("Exchange_2 x")).isEqualTo("Exchange_2");
        assertThat(PlanTextParser.classicName("FileScan")).isEqualTo("FileScan");
        assertThat(PlanTextParser.classicName("FileScan  parquet")).isEqualTo("FileScan");
        assertThat(PlanTextParser.classicName("Scan parquet,x")).isEqualTo("Scan parquet");
    }
}
