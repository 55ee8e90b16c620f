package dev.brickoptima.core.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PlanTextParser} at the edges of what it reads: ids at the limits, detail lines of every shape, blank lines and
 * section headers that end a tree, operators known only from a detail block, and the place of each error.
 */
class PlanTextParserEdgesTest {

    private static void fails(String text, String message, int line, int column) {
        assertThatThrownBy(() -> PlanTextParser.parse(text)).as(text)
            .isInstanceOfSatisfying(PlanParseException.class, e -> {
                assertThat(e.getMessage()).as(text).isEqualTo(message);
                assertThat(e.line()).as(text).isEqualTo(line);
                assertThat(e.column()).as(text).isEqualTo(column);
            });
    }

    @Test
    void aDetailHeaderWithAnIdOfMoreThanNineDigitsIsAClearError() {
        String tree = "== Physical Plan ==\n* Project (1)\n\n";
        fails(tree + "(99999999999) Project\nOutput [1]: [a#1]\n", "line 4: operator id '99999999999' has more than 9 digits", 4, 2);
        fails(tree + "(2147483648) Project\n", "line 4: operator id '2147483648' has more than 9 digits", 4, 2);
        PhysicalPlan plan = PlanTextParser.parse("== Physical Plan ==\n* Project (123456789)\n\n(123456789) Project [codegen id : 4]\n");
        assertThat(plan.operator(123456789).codegenStageId()).isEqualTo(4);
        assertThat(plan.operator(123456789).detailLine()).isEqualTo(4);
    }
    @Test
    void idsFromZeroToNineDigitsAndWhatIsNotAnId() {
        PhysicalPlan zero = PlanTextParser.parse("== Physical Plan ==\nLocalTableScan (0)\n");
        assertThat(zero.format()).isEqualTo(PlanFormat.FORMATTED);
        assertThat(zero.operator(0).name()).isEqualTo("LocalTableScan");
        PhysicalPlan plan = PlanTextParser.parse("== Physical Plan ==\n* Project (123456789)\n+- Scan parquet t (0)\n");
        assertThat(plan.root().id()).isEqualTo(123456789);
        assertThat(plan.root().children()).extracting(PlanOperator::id).containsExactly(0);
        String head = "== Physical Plan ==\n* Project (1)\n+- ";
        for (String notAnId : new String[] {"Scan t ()", "Scan t (1a)", "Scan t(2)", "Scan t (1234567890)", "Scan t [2]"}) {
            fails(head + notAnId, "line 3: expected an operator with an id like 'Project (12)', found '" + notAnId + "'", 3, 4);
        }
    }

    @Test
    void aBlankLineASubqueriesSectionAndASubqueryHeaderEachEndTheTreeAboveThem() {
        String[] enders = {"", "===== Subqueries =====", "Subquery:1 Hosting operator id = 1 Hosting Expression = x#1"};
        for (String ender : enders) {
            fails("== Physical Plan ==\n* Project (1)\n" + ender + "\n+- Scan parquet t (2)\n",
                "line 4: tree line has no parent operator above it", 4, 1);
        }
    }

    @Test
    void aStarWithoutIdsIsClassicAndATreeOfIdsWithDetailsIsFormatted() {
        // a classic first line of one letter: the "* " check must not cut a line that has none
        PhysicalPlan classic = PlanTextParser.parse("== Physical Plan ==\nP\n+- Range (0, 1, step=1, splits=1)");
        assertThat(classic.format()).isEqualTo(PlanFormat.CLASSIC);
        assertThat(classic.root().name()).isEqualTo("P");
        // a classic tree followed by formatted detail blocks is formatted text with a tree line it cannot read
        fails("== Physical Plan ==\nProject [a#1]\n\n(1) Project\nOutput [1]: [a#1]\n",
            "line 2: expected an operator with an id like 'Project (12)', found 'Project [a#1]'", 2, 1);
    }

    @Test
    void codegenStarWithoutDetailsAndCodegenZero() {
        PhysicalPlan plan = PlanTextParser.parse("== Physical Plan ==\n* Project (2)\n+- Scan parquet t (1)\n");
        assertThat(plan.operator(2).codegenStageId()).isEqualTo(0);
        assertThat(plan.operator(1).codegenStageId()).isEqualTo(-1);
        PhysicalPlan details = PlanTextParser.parse("== Physical Plan ==\n* Project (2)\n+- Scan parquet t (1)\n\n(2) Project [codegen id : 0]\n");
        assertThat(details.operator(2).codegenStageId()).isEqualTo(0);
        assertThat(PlanTextParser.parse("*(0) Range (0, 1, step=1, splits=1)").root().codegenStageId()).isEqualTo(0);
        assertThat(PlanTextParser.parse("Range (0, 1, step=1, splits=1)").root().codegenStageId()).isEqualTo(-1);
    }

    @Test
    void statisticsOnTreeLinesInBothFormats() {
        PlanOperator formatted = PlanTextParser.parse("== Physical Plan ==\n* Project (2), Statistics(sizeInBytes=2.0 KiB, rowCount=3)\n"
            + "+- Scan parquet t (1)\n").operator(2);
        assertThat(formatted.label()).isEqualTo("Project");
        assertThat(formatted.statistics().sizeInBytes()).isEqualTo(2048d);
        assertThat(formatted.statistics().rowCount()).isEqualTo(3d);
        PlanOperator classic = PlanTextParser.parse("Project [a#1], Statistics(sizeInBytes=1.0 KiB, rowCount=5)\n+- Range (0, 1, step=1, splits=1)").root();
        assertThat(classic.arguments()).isEqualTo("[a#1]");
        assertThat(classic.statistics().sizeInBytes()).isEqualTo(1024d);
        assertThat(classic.statistics().rowCount()).isEqualTo(5d);
    }

    @Test
    void reuseOfOperatorZero() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "Union (3)",
            ":- Exchange (0)",
            ":  +- Scan parquet t (4)",
            "+- ReusedExchange (1)",
            "",
            "(0) Exchange",
            "Input [1]: [a#1]",
            "",
            "(1) ReusedExchange [Reuses operator id: 0]",
            "Output [1]: [a#2]",
            ""));
        assertThat(plan.operator(1).reusesId()).isEqualTo(0);
        assertThat(plan.operator(1).reused()).isSameAs(plan.operator(0));
        assertThat(plan.operator(0).reusesId()).isEqualTo(-1);
    }

    @Test
    void detailLinesOfEveryShape() {
        PlanOperator op = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "* Project (1)",
            "",
            "(1) Project [codegen id : 1]",
            "Output [1] : [a#1]",
            "Arguments:",
            "Input [12345678901]: [b#2]",
            "(12)",
            "() 5",
            "(1)x",
            "Statistics(sizeInBytes=8.0 B, rowCount=1)",
            "")).operator(1);
        assertThat(op.details()).containsExactly(
            java.util.Map.entry("Output", "[a#1]"),
            java.util.Map.entry("Arguments", "\nInput [12345678901]: [b#2]\n(12)\n() 5\n(1)x"),
            java.util.Map.entry("Statistics", "Statistics(sizeInBytes=8.0 B, rowCount=1)"));
        assertThat(op.statistics().sizeInBytes()).isEqualTo(8d);
    }

    @Test
    void detailLinesWithoutAKeyBeforeTheFirstKey() {
        String key48 = "A" + "b".repeat(47);
        String key49 = key48 + "c";
        PlanOperator op = PlanTextParser.parse("== Physical Plan ==\n* Project (1)\n\n(1) Project\nOutput [1]\n").operator(1);
        assertThat(op.details()).containsExactly(java.util.Map.entry("Text", "Output [1]"));
        op = PlanTextParser.parse("== Physical Plan ==\n* Project (1)\n\n(1) Project\nlower: x\n" + key48 + ": y\n").operator(1);
        assertThat(op.details()).containsExactly(java.util.Map.entry("Text", "lower: x"), java.util.Map.entry(key48, "y"));
        // keys are at most 48 characters: a longer one is text
        op = PlanTextParser.parse("== Physical Plan ==\n* Project (1)\n\n(1) Project\n" + key49 + ": z\n").operator(1);
        assertThat(op.details()).containsExactly(java.util.Map.entry("Text", key49 + ": z"));
    }

    @Test
    void anOperatorKnownOnlyFromItsDetailBlockIsPlacedThere() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "* Filter (1)",
            "",
            "===== Subqueries =====",
            "",
            "Subquery:1 Hosting operator id = 1 Hosting Expression = Subquery scalar-subquery#5, [id=#6]",
            "(7) LocalTableScan",
            "Output [1]: [m#1]",
            ""));
        PlanOperator scan = plan.operator(7);
        assertThat(scan.name()).isEqualTo("LocalTableScan");
        assertThat(scan.label()).isEqualTo("LocalTableScan");
        assertThat(scan.inSubquery()).isTrue();
        assertThat(scan.line()).isEqualTo(7);
        assertThat(scan.column()).isEqualTo(1);
        assertThat(plan.text().substring(scan.start(), scan.end())).isEqualTo("(7) LocalTableScan");
        assertThat(plan.operator(1).inSubquery()).isFalse();
        assertThat(plan.subqueries()).singleElement().satisfies(s -> {
            assertThat(s.index()).isEqualTo(1);
            assertThat(s.hostingOperatorId()).isEqualTo(1);
            assertThat(s.root()).isNull();
        });
    }

    @Test
    void aDetailHeaderWithoutANameKeepsTheTreeLabel() {
        PlanOperator op = PlanTextParser.parse("== Physical Plan ==\n* Project (1)\n\n(1)  \nOutput [1]: [a#1]\n").operator(1);
        assertThat(op.name()).isEqualTo("Project");
        assertThat(op.label()).isEqualTo("Project");
        assertThat(op.detail("Output")).isEqualTo("[a#1]");
    }

    @Test
    void subqueryHeadersWithMissingParts() {
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "* Filter (1)",
            "",
            "Subquery:3",
            "Subquery:x Hosting operator id = 1234567890 Hosting Expression = y#2",
            ""));
        assertThat(plan.subqueries()).hasSize(2);
        PlanSubquery bare = plan.subqueries().get(0);
        assertThat(bare.index()).isEqualTo(3);
        assertThat(bare.hostingOperatorId()).isEqualTo(-1);
        assertThat(bare.hostingExpression()).isEmpty();
        PlanSubquery noIndex = plan.subqueries().get(1);
        assertThat(noIndex.index()).isEqualTo(-1);
        // at most 9 digits are read, as for every id
        assertThat(noIndex.hostingOperatorId()).isEqualTo(123456789);
        assertThat(noIndex.hostingExpression()).isEqualTo("y#2");
        assertThat(noIndex.line()).isEqualTo(5);
    }

    @Test
    void treeMarkersAtTheEndOfALineAndExtraSpacesAfterAMarker() {
        fails("Project [a]\n+-", "line 2: expected an operator name, found '+-'", 2, 1);
        // ':' alone is a continuation bar, so the error points at the '-' after it
        fails("Project [a]\n:-", "line 2: expected an operator name, found '-'", 2, 2);
        PhysicalPlan plan = PlanTextParser.parse("Project [a]\n+-   Filter b\n     +- Range (0, 1, step=1, splits=1)");
        PlanOperator filter = plan.root().children().get(0);
        assertThat(filter.name()).isEqualTo("Filter");
        assertThat(filter.column()).isEqualTo(6);
        assertThat(filter.children()).extracting(PlanOperator::name).containsExactly("Range");
    }

    @Test
    void depthCountsOnlyTheCurrentBranchAndTheErrorPointsAtTheOperator() {
        // a second root starts a new branch: the first one's operators no longer count towards the depth
        PhysicalPlan plan = new PlanTextParser(1000, 2).read("== Physical Plan ==\nLocalTableScan (1)\nProject (2)\n+- Scan parquet t (3)\n");
        assertThat(plan.roots()).extracting(PlanOperator::id).containsExactly(1, 2);
        assertThat(plan.operator(2).children()).extracting(PlanOperator::id).containsExactly(3);
        assertThatThrownBy(() -> new PlanTextParser(1000, 2).read("Project [a]\n+- Filter b\n   +- Scan c"))
            .isInstanceOfSatisfying(PlanParseException.class, e -> assertThat(e.column()).isEqualTo(7));
    }

    @Test
    void spark4TreeLinesWithAnArgumentSummary() {
        // the tree of a real Spark 4.2 EXPLAIN FORMATTED (resources eventlogs/spark-4.2.0/sql_details.json, the last execution)
        PhysicalPlan plan = PlanTextParser.parse(String.join("\n",
            "== Physical Plan ==",
            "AdaptiveSparkPlan (11)",
            "+- == Final Plan ==",
            "   ResultQueryStage (8), Statistics(sizeInBytes=8.0 EiB)",
            "   +- * HashAggregate (7)",
            "      +- AQEShuffleRead (6), coalesced",
            "         +- ShuffleQueryStage (5), Statistics(sizeInBytes=192.0 B, rowCount=8)",
            "            +- Exchange (4)",
            "               +- * HashAggregate (3)",
            "                  +- * Project (2)",
            "                     +- * Range (1)",
            "+- == Initial Plan ==",
            "   HashAggregate (10)",
            "   +- Exchange (9)",
            "      +- HashAggregate (3)",
            "         +- Project (2)",
            "            +- Range (1)",
            "",
            "",
            "(6) AQEShuffleRead",
            "Input [2]: [_groupingexpression#113L, max#115L]",
            "Arguments: coalesced",
            ""));
        assertThat(plan.format()).isEqualTo(PlanFormat.FORMATTED);
        PlanOperator read = plan.operator(6);
        assertThat(read.name()).isEqualTo("AQEShuffleRead");
        assertThat(read.label()).isEqualTo("AQEShuffleRead");
        assertThat(read.detail("Arguments")).isEqualTo("coalesced");
        assertThat(read.children()).extracting(PlanOperator::id).containsExactly(5);
        assertThat(plan.operator(5).statistics().rowCount()).isEqualTo(8);
        assertThat(plan.operator(8).label()).isEqualTo("ResultQueryStage");
        assertThat(plan.operator(11).finalPlan().id()).isEqualTo(8);
        assertThat(plan.operator(11).initialPlan().id()).isEqualTo(10);
        // the summary is read only after a real " (id)"
        PhysicalPlan first = PlanTextParser.parse("== Physical Plan ==\nAQEShuffleRead (6), coalesced\n+- ShuffleQueryStage (5), Statistics(sizeInBytes=192.0 B, rowCount=8)\n");
        assertThat(first.format()).isEqualTo(PlanFormat.FORMATTED);
        assertThat(first.root().id()).isEqualTo(6);
        String head = "== Physical Plan ==\n* Project (1)\n+- ";
        for (String notAnId : new String[] {"Read (), coalesced", "Read(6), coalesced", "Read (6a), coalesced", "Read 6), coalesced"}) {
            fails(head + notAnId, "line 3: expected an operator with an id like 'Project (12)', found '" + notAnId + "'", 3, 4);
        }
        // the first " (id)" before ", " counts
        PhysicalPlan two = PlanTextParser.parse(head + "Read (2), x (3), y\n");
        assertThat(two.operator(2).label()).isEqualTo("Read");
    }
}
