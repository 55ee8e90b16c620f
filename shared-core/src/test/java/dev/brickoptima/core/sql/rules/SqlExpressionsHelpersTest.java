package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlParser;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared helpers SQL rules are built from ({@link SqlExpressions}), each on small statements: AND/OR splitting,
 * literals and constants, template holes, columns by query level, aggregates, identifiers and normalised text, token
 * lookups, ORDER BY ranges, limits, FROM scopes, column candidates and single-row queries.
 */
class SqlExpressionsHelpersTest {
    private static final SqlParser PARSER = new SqlParser(Dialect.SPARK, null);

    private static Statement parse(String sql) {
        return PARSER.parse(sql).statement();
    }

    private static PlainSelect select(String sql) {
        return (PlainSelect) parse(sql);
    }

    private static List<String> texts(List<?> xs) {
        return xs.stream().map(String::valueOf).collect(Collectors.toList());
    }

    @Test
    void conjunctsAndDisjunctsSplitTopLevelOnly() {
        PlainSelect ps = select("SELECT a FROM t WHERE ((a = 1) AND (b = 2 OR c = 3)) AND d IN (1, 2)");
        assertThat(texts(SqlExpressions.conjuncts(ps.getWhere()))).containsExactly("a = 1", "b = 2 OR c = 3", "d IN (1, 2)");
        Expression or = SqlExpressions.conjuncts(ps.getWhere()).get(1);
        assertThat(texts(SqlExpressions.disjuncts(or))).containsExactly("b = 2", "c = 3");
        assertThat(texts(SqlExpressions.disjuncts(ps.getWhere()))).hasSize(1);
        assertThat(SqlExpressions.conjuncts(null)).isEmpty();
        assertThat(SqlExpressions.unwrap(select("SELECT ((a)) FROM t").getSelectItems().get(0).getExpression()).toString()).isEqualTo("a");
    }

    @Test
    void literalsConstantsAndHoles() {
        PlainSelect ps = select("SELECT 1, -2, 'x', NULL, TRUE, DATE '2024-01-01', X'0A', 1.5, ?, :p, __3, a, -a, "
            + "cast('2000-01-01' AS DATE) + INTERVAL 30 days, rand(), upper('x'), (SELECT 1), t.__4, __x, __ FROM t");
        SqlTree tree = SqlTree.of(ps);
        List<Expression> items = ps.getSelectItems().stream().map(i -> (Expression) i.getExpression()).collect(Collectors.toList());
        boolean[] literal = {true, true, true, true, true, true, true, true, true, true, true, false, false, false, false, false, false, false, false, false};
        boolean[] constant = {true, true, true, true, true, true, true, true, true, true, true, false, false, true, false, true, false, false, false, false};
        for (int i = 0; i < items.size(); i++) {
            assertThat(SqlExpressions.isLiteral(items.get(i))).as("literal %s", items.get(i)).isEqualTo(literal[i]);
            assertThat(SqlExpressions.isConstant(tree, items.get(i))).as("constant %s", items.get(i)).isEqualTo(constant[i]);
        }
        assertThat(SqlExpressions.isConstant(tree, null)).isFalse();
        assertThat(SqlExpressions.isConstant(tree, new Column("detached"))).isFalse();
        assertThat(SqlExpressions.isHole(new Column("__12"))).isTrue();
        assertThat(SqlExpressions.isHole(new Column("__1a"))).isFalse();
        // a window function is not constant
        PlainSelect w = select("SELECT row_number() OVER (ORDER BY 1) FROM t");
        assertThat(SqlExpressions.isConstant(SqlTree.of(w), w.getSelectItems().get(0).getExpression())).isFalse();
    }

    @Test
    void columnsAtTheQueryLevelOrAlsoInSubqueries() {
        PlainSelect ps = select("SELECT a + __1 FROM t WHERE b = (SELECT max(c) FROM u WHERE u.d = t.e)");
        SqlTree tree = SqlTree.of(ps);
        assertThat(texts(SqlExpressions.columns(tree, ps.getWhere(), false))).containsExactly("b");
        assertThat(texts(SqlExpressions.columns(tree, ps.getWhere(), true))).containsExactly("b", "c", "u.d", "t.e");
        assertThat(texts(SqlExpressions.columns(tree, ps.getSelectItems().get(0).getExpression(), true))).containsExactly("a");
        assertThat(SqlExpressions.hasColumn(tree, ps.getWhere(), false)).isTrue();
        assertThat(texts(SqlExpressions.columns(tree, new Column("loose"), true))).containsExactly("loose");
        assertThat(SqlExpressions.columns(tree, new Column("__7"), true)).isEmpty();
        assertThat(SqlExpressions.hasColumn(tree, new Column("__7"), true)).isFalse();
        assertThat(SqlExpressions.subtree(tree, new Object())).isEmpty();
    }

    @Test
    void aggregatesAndNames() {
        PlainSelect ps = select("SELECT pg_catalog.SUM(x), `Count`(y), upper(z), sum(sum(x)) OVER (PARTITION BY y), "
            + "(SELECT max(q) FROM u) FROM t WHERE n LIKE ANY ('a%', 'b%')");
        SqlTree tree = SqlTree.of(ps);
        List<Expression> items = ps.getSelectItems().stream().map(i -> (Expression) i.getExpression()).collect(Collectors.toList());
        assertThat(SqlExpressions.name((Function) items.get(0))).isEqualTo("sum");
        assertThat(SqlExpressions.name((Function) items.get(1))).isEqualTo("count");
        assertThat(SqlExpressions.isAggregate((Function) items.get(2))).isFalse();
        assertThat(SqlExpressions.hasAggregate(tree, items.get(0))).isTrue();
        assertThat(SqlExpressions.hasAggregate(tree, items.get(2))).isFalse();
        assertThat(SqlExpressions.hasAggregate(tree, items.get(3))).isTrue();   // sum(x) inside the window
        assertThat(SqlExpressions.hasAggregate(tree, items.get(4))).isFalse();  // max in a subquery: another level
        assertThat(SqlExpressions.hasAggregate(tree, new Column("x"))).isFalse();
        // LIKE ANY is a quantifier, not the aggregate any()
        List<SqlNode> anyCalls = tree.all(Function.class).stream().filter(n -> SqlExpressions.name((Function) n.value()).equals("any")).toList();
        assertThat(anyCalls).hasSize(1);
        assertThat(SqlExpressions.isAggregateCall(anyCalls.get(0))).isFalse();
        assertThat(SqlExpressions.isAggregateCall(tree.nodeOf(items.get(0)))).isTrue();
        assertThat(SqlExpressions.isAggregateCall(tree.nodeOf(items.get(2)))).isFalse();
        Function rand = (Function) select("SELECT RANDOM() FROM t").getSelectItems().get(0).getExpression();
        assertThat(SqlExpressions.isNonDeterministic(rand)).isTrue();
        for (String f : new String[] {"rand", "randn", "uuid", "newid", "shuffle", "monotonically_increasing_id"}) {
            Function fn = (Function) select("SELECT " + f + "() FROM t").getSelectItems().get(0).getExpression();
            assertThat(SqlExpressions.isNonDeterministic(fn)).as(f).isTrue();
        }
        assertThat(SqlExpressions.isNonDeterministic((Function) items.get(2))).isFalse();
    }

    @Test
    void aggregatingSelects() {
        for (String agg : new String[] {"SELECT a FROM t GROUP BY a", "SELECT 1 FROM t HAVING count(*) > 1", "SELECT count(*) FROM t"}) {
            PlainSelect ps = select(agg);
            assertThat(SqlExpressions.isAggregating(SqlTree.of(ps), ps)).as(agg).isTrue();
        }
        PlainSelect plain = select("SELECT a, upper(b) FROM t");
        assertThat(SqlExpressions.isAggregating(SqlTree.of(plain), plain)).isFalse();
    }

    @Test
    void identifiersAndNormalisedText() {
        assertThat(SqlExpressions.identifier("`My`.\"Col\"[x]")).isEqualTo("my.colx");
        assertThat(SqlExpressions.identifier(null)).isNull();
        assertThat(SqlExpressions.normalized("  SUM( `A` )\n +  b_1 ")).isEqualTo("sum(a)+b_1");
        assertThat(SqlExpressions.normalized("a  AND\tb")).isEqualTo("a and b");
        assertThat(SqlExpressions.normalized("x_ y")).isEqualTo("x_ y");
        assertThat(SqlExpressions.normalized("x _y")).isEqualTo("x _y");
        assertThat(SqlExpressions.normalized("x (y)")).isEqualTo("x(y)");
    }

    @Test
    void tokenLookupsAndOrderByRanges() {
        String sql = "SELECT a FROM t /* c */ ORDER BY a DESC NULLS LAST, b ASC LIMIT 5";
        List<SqlToken> tokens = new SqlLexer(Dialect.SPARK).tokenize(sql);
        SqlToken from = SqlExpressions.word(tokens, sql, "FROM", 0, sql.length());
        assertThat(from.start()).isEqualTo(9);
        assertThat(SqlExpressions.word(tokens, sql, "FROM", 10, sql.length())).isNull();
        assertThat(SqlExpressions.word(tokens, sql, "LIMIT", 0, sql.length() - 3)).isNull();
        // the comment before ORDER is skipped
        SqlToken before = SqlExpressions.tokenBefore(tokens, sql.indexOf("ORDER"));
        assertThat(before.text(sql)).isEqualTo("t");
        assertThat(SqlExpressions.tokenBefore(tokens, 0)).isNull();
        int first = sql.indexOf("a DESC");
        int last = sql.indexOf("b ASC") + 1;
        int[] range = SqlExpressions.orderByClause(tokens, sql, first, last);
        assertThat(sql.substring(range[0], range[1])).isEqualTo("ORDER BY a DESC NULLS LAST, b ASC");
        assertThat(SqlExpressions.orderByClause(tokens, sql, sql.indexOf("t /*"), sql.indexOf("t /*") + 1)).isNull();
        String group = "SELECT a FROM t GROUP BY a";
        List<SqlToken> gt = new SqlLexer(Dialect.SPARK).tokenize(group);
        assertThat(SqlExpressions.orderByClause(gt, group, group.lastIndexOf('a'), group.length())).isNull();
    }

    @Test
    void limits() {
        assertThat(SqlExpressions.isLimited((Select) parse("SELECT a FROM t LIMIT 5"))).isTrue();
        assertThat(SqlExpressions.isLimited((Select) parse("SELECT a FROM t OFFSET 5"))).isTrue();
        assertThat(SqlExpressions.isLimited((Select) parse("SELECT a FROM t FETCH FIRST 5 ROWS ONLY"))).isTrue();
        assertThat(SqlExpressions.isLimited((Select) new SqlParser(Dialect.ANSI, null).parse("SELECT TOP 5 a FROM t").statement())).isTrue();
        assertThat(SqlExpressions.isLimited((Select) parse("SELECT a FROM t"))).isFalse();
    }

    @Test
    void scopesSourcesAndColumnCandidates() {
        PlainSelect ps = select("WITH c (x, y) AS (SELECT 1, 2), d AS (SELECT k AS kk, v FROM z) "
            + "SELECT * FROM db.base JOIN c ON true JOIN d dd ON true JOIN (SELECT m, n AS nn, m + 1 FROM w) s ON true "
            + "JOIN (u JOIN v2 ON true) ON true JOIN (SELECT * FROM q) star (p1, p2) ON true JOIN range(3) r ON true");
        SqlTree tree = SqlTree.of(ps);
        Map<String, ?> ctes = SqlExpressions.ctes(tree);
        assertThat(ctes.keySet()).containsExactlyInAnyOrder("c", "d");
        List<SqlExpressions.Source> scope = SqlExpressions.sources(ps, SqlExpressions.ctes(tree));
        assertThat(texts(scope)).containsExactly("base", "c", "dd", "s", "u", "v2", "star", "r");
        assertThat(scope.get(0).table).isEqualTo("db.base");
        assertThat(scope.get(0).isBaseTable()).isTrue();
        assertThat(scope.get(0).columns).isNull();
        assertThat(scope.get(1).columns).containsExactly("x", "y");
        assertThat(scope.get(1).isBaseTable()).isFalse();
        assertThat(scope.get(1).query).isNotNull();
        assertThat(scope.get(2).columns).containsExactly("kk", "v");
        assertThat(scope.get(3).columns).containsExactly("m", "nn");
        assertThat(scope.get(6).columns).containsExactly("p1", "p2");
        assertThat(scope.get(7).columns).isNull();
        assertThat(scope.get(7).query).isNull();

        assertThat(texts(SqlExpressions.candidates(new Column("nn"), scope))).containsExactly("s");
        assertThat(texts(SqlExpressions.candidates(new Column("x"), scope))).containsExactly("c");
        // unknown everywhere: every source whose columns are unknown
        assertThat(texts(SqlExpressions.candidates(new Column("zzz"), scope))).containsExactly("base", "u", "v2", "r");
        assertThat(texts(SqlExpressions.candidates(new Column(new net.sf.jsqlparser.schema.Table("dd"), "v"), scope))).containsExactly("dd");
        // a base table without alias is found by its last name part
        assertThat(texts(SqlExpressions.candidates(new Column(new net.sf.jsqlparser.schema.Table("BASE"), "v"), scope))).containsExactly("base");
        assertThat(SqlExpressions.candidates(new Column(new net.sf.jsqlparser.schema.Table("outer"), "v"), scope)).isEmpty();
        // an aliased base table is not found by its table name
        PlainSelect aliased = select("SELECT 1 FROM db.base b");
        List<SqlExpressions.Source> as = SqlExpressions.sources(aliased, Map.of());
        assertThat(SqlExpressions.candidates(new Column(new net.sf.jsqlparser.schema.Table("base"), "v"), as)).isEmpty();
        // a schema-qualified name is not a CTE reference
        PlainSelect qualified = select("WITH c AS (SELECT 1 AS one) SELECT 1 FROM s.c");
        assertThat(SqlExpressions.sources(qualified, SqlExpressions.ctes(SqlTree.of(qualified))).get(0).isBaseTable()).isTrue();
    }

    @Test
    void scopesOfUpdateAndDelete() {
        Statement up = parse("UPDATE t SET a = b FROM u JOIN v ON u.x = v.x WHERE t.id = u.id");
        SqlTree ut = SqlTree.of(up);
        SqlNode where = ut.all(Column.class).get(ut.all(Column.class).size() - 1);
        assertThat(texts(SqlExpressions.scopeOf(ut, where, Map.of()))).containsExactly("t", "u", "v");
        Statement del = parse("DELETE FROM t WHERE a = 1");
        SqlTree dt = SqlTree.of(del);
        assertThat(texts(SqlExpressions.scopeOf(dt, dt.all(Column.class).get(0), Map.of()))).containsExactly("t");
        PlainSelect ps = select("SELECT a FROM t1, t2");
        SqlTree st = SqlTree.of(ps);
        assertThat(texts(SqlExpressions.scopeOf(st, st.all(Column.class).get(0), Map.of()))).containsExactly("t1", "t2");
        Statement ins = parse("INSERT INTO t VALUES (1)");
        SqlTree it = SqlTree.of(ins);
        assertThat(SqlExpressions.scopeOf(it, it.nodes().get(0), Map.of())).isEmpty();
    }

    @Test
    void outputColumns() {
        assertThat(SqlExpressions.outputColumns((Select) parse("SELECT a, b AS B2, c + 1 FROM t"))).containsExactly("a", "b2");
        assertThat(SqlExpressions.outputColumns((Select) parse("SELECT a, * FROM t"))).isNull();
        assertThat(SqlExpressions.outputColumns((Select) parse("SELECT a FROM t UNION SELECT b FROM u"))).containsExactly("a");
        assertThat(SqlExpressions.outputColumns((Select) parse("(SELECT x FROM t)"))).containsExactly("x");
        assertThat(SqlExpressions.outputColumns((Select) parse("VALUES (1)"))).isNull();
        SetOperationList empty = new SetOperationList();
        assertThat(SqlExpressions.outputColumns(empty)).isNull();
    }

    @Test
    void singleRowQueries() {
        String[] single = {"SELECT count(*) FROM t", "SELECT count(*), 1 FROM t", "SELECT a FROM t LIMIT 1", "SELECT a FROM t LIMIT 0",
            "(SELECT a FROM t) LIMIT 1", "(SELECT max(a) FROM t)", "VALUES (1)", "VALUES (1, 2)", "SELECT 1 AS x, 'a' AS y"};
        String[] many = {"SELECT a FROM t", "SELECT count(*) FROM t GROUP BY a", "SELECT count(*), a FROM t", "SELECT a FROM t LIMIT 2",
            "VALUES (1), (2)", "VALUES (1, 2), (3, 4)", "SELECT 1 FROM t", "SELECT a FROM t UNION SELECT b FROM u", "SELECT a FROM t LIMIT ?"};
        for (String s : single) {
            Select q = (Select) parse(s);
            assertThat(SqlExpressions.isSingleRow(SqlTree.of(q), q)).as(s).isTrue();
        }
        for (String s : many) {
            Select q = (Select) parse(s);
            assertThat(SqlExpressions.isSingleRow(SqlTree.of(q), q)).as(s).isFalse();
        }
    }
}
