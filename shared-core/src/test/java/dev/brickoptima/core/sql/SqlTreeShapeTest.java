package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Finding;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole tree {@link SqlTree} builds for statements that use every node kind it walks (CTEs, CASE, windows,
 * joins with ON and USING, subqueries in EXISTS/IN/ANY, GROUP BY, HAVING, QUALIFY, set operations with ORDER BY,
 * DML, MERGE, CTAS, views, VALUES, pipe syntax, lambdas, LATERAL VIEW, table functions, grouping sets): node type,
 * clause, depth and where a new query starts, pinned in {@code sql/tree/statements.tree}. A child the walk drops or
 * files under another clause changes the dump; findings inside QUALIFY, a set operation's ORDER BY and a window's
 * PARTITION BY show the same through the analyzer.
 */
class SqlTreeShapeTest {
    private static final SqlParser SPARK = new SqlParser(Dialect.SPARK, null);

    private static String resource(String name) throws IOException {
        try (InputStream in = SqlTreeShapeTest.class.getResourceAsStream("/sql/tree/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyNodeKindSitsUnderItsParentInItsClause() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (String sql : resource("statements.sql").split("\n")) {
            if (sql.isBlank()) continue;
            ParseOutcome o = SPARK.parse(sql);
            assertThat(o.ok()).as("%s: %s", sql, o.error()).isTrue();
            dump.append("## ").append(sql).append('\n').append(TreeDump.of(SqlTree.of(o.statement())));
        }
        assertThat(dump.toString()).isEqualTo(resource("statements.tree"));
    }

    @Test
    void lookupsByValueTypeAndSubtree() {
        SqlTree tree = SqlTree.of(SPARK.parse("SELECT a, sum(b) OVER (PARTITION BY c) FROM t WHERE d = 1").statement());
        assertThat(tree.statement()).isInstanceOf(PlainSelect.class);
        assertThat(tree.nodes().get(0).value()).isSameAs(tree.statement());
        assertThat(tree.nodeOf(tree.statement()).clause()).isEqualTo(Clause.STATEMENT);
        assertThat(tree.nodeOf(new Object())).isNull();
        List<SqlNode> columns = tree.all(Column.class);
        assertThat(columns).extracting(n -> n.value().toString()).containsExactly("a", "b", "c", "d");
        assertThat(columns).extracting(SqlNode::clause).containsExactly(Clause.SELECT, Clause.SELECT, Clause.WINDOW, Clause.WHERE);
        SqlNode window = tree.all(AnalyticExpression.class).get(0);
        assertThat(tree.descendants(window)).extracting(n -> n.value().getClass().getSimpleName())
            .containsExactly("Column", "PartitionByClause", "Column");
        assertThat(tree.descendants(columns.get(3))).isEmpty();
        assertThat(tree.descendants(tree.nodes().get(0))).hasSize(tree.nodes().size() - 1);
        for (int i = 0; i < tree.nodes().size(); i++) assertThat(tree.nodes().get(i).index()).isEqualTo(i);
    }

    private static String flagged(String sql, String ruleId) {
        List<Finding> fs = new SqlAnalyzer(AnalyzerConfig.builder().dialect(Dialect.SPARK).build()).analyze(sql).findings();
        Finding f = fs.stream().filter(x -> x.ruleId().equals(ruleId)).findFirst()
            .orElseThrow(() -> new AssertionError("no " + ruleId + " in " + fs));
        return sql.substring(f.location().start(), f.location().end());
    }

    @Test
    void findingsInsideQualifyUnionOrderByAndPartitionBy() {
        assertThat(flagged("SELECT a FROM t QUALIFY b = NULL", "null-comparison")).isEqualTo("b = NULL");
        assertThat(flagged("SELECT a FROM t UNION ALL SELECT a FROM u ORDER BY a = NULL LIMIT 5", "null-comparison")).isEqualTo("a = NULL");
        assertThat(flagged("SELECT sum(a) OVER (PARTITION BY b = NULL ORDER BY c) FROM t", "null-comparison")).isEqualTo("b = NULL");
        assertThat(flagged("SELECT sum(a) OVER (PARTITION BY b ORDER BY c = NULL) FROM t", "null-comparison")).isEqualTo("c = NULL");
    }
}
