package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.sql.SqlNode;
import dev.brickoptima.core.sql.SqlToken;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.DateTimeLiteralExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.HexValue;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NullValue;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimeValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralSubSelect;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Expression and scope helpers shared by the SQL rules: conjuncts, constants, column references, the tables
 * and derived tables a SELECT reads (with their aliases) and which of them a column can belong to.
 * Without a schema an unqualified column may belong to any base table in scope; helpers say so instead of guessing.
 */
public final class SqlExpressions {
    /** Spark generators in a select list yield several rows, and can yield several columns. */
    private static final Set<String> GENERATORS = Set.of("explode", "explode_outer", "posexplode", "posexplode_outer",
        "inline", "inline_outer", "stack", "json_tuple", "parse_url_tuple", "unnest");

    private static final Set<String> AGGREGATES = Set.of(
        "count", "sum", "avg", "min", "max", "stddev", "stddev_samp", "stddev_pop", "variance", "var_samp", "var_pop",
        "collect_list", "collect_set", "array_agg", "string_agg", "listagg", "group_concat", "approx_count_distinct",
        "percentile", "percentile_approx", "approx_percentile", "median", "first", "last", "any_value", "first_value",
        "last_value", "bool_and", "bool_or", "every", "some", "any", "count_if", "max_by", "min_by", "corr", "covar_pop",
        "covar_samp", "kurtosis", "skewness", "mode", "grouping", "grouping_id", "bit_and", "bit_or", "bit_xor", "json_agg",
        "jsonb_agg", "regr_count", "histogram_numeric", "try_sum", "try_avg");

    private SqlExpressions() {
    }

    /** The expression inside redundant parentheses. */
    public static Expression unwrap(Expression e) {
        while (true) {
            if (e instanceof Parenthesis) e = ((Parenthesis) e).getExpression();
            else if (e instanceof ParenthesedExpressionList && ((ParenthesedExpressionList<?>) e).size() == 1
                && ((ParenthesedExpressionList<?>) e).get(0) instanceof Expression) e = (Expression) ((ParenthesedExpressionList<?>) e).get(0);
            else return e;
        }
    }

    /** Top-level AND operands of {@code e} (parentheses removed), in document order; empty for null. */
    public static List<Expression> conjuncts(Expression e) {
        return split(e, true);
    }

    /** Top-level OR operands of {@code e}, in document order. */
    public static List<Expression> disjuncts(Expression e) {
        return split(e, false);
    }

    private static List<Expression> split(Expression e, boolean and) {
        List<Expression> out = new ArrayList<>();
        if (e == null) return out;
        Deque<Expression> stack = new ArrayDeque<>();
        stack.push(e);
        while (!stack.isEmpty()) {
            Expression x = unwrap(stack.pop());
            if (and ? x instanceof AndExpression : x instanceof OrExpression) {
                stack.push(((net.sf.jsqlparser.expression.BinaryExpression) x).getRightExpression());
                stack.push(((net.sf.jsqlparser.expression.BinaryExpression) x).getLeftExpression());
            } else {
                out.add(x);
            }
        }
        return out;
    }

    /** A literal value or bind parameter (a template hole is one too). */
    public static boolean isLiteral(Object e) {
        if (e instanceof Column) return isHole((Column) e);
        if (e instanceof SignedExpression) return isLiteral(((SignedExpression) e).getExpression());
        return e instanceof StringValue || e instanceof LongValue || e instanceof DoubleValue || e instanceof NullValue
            || e instanceof DateValue || e instanceof TimeValue || e instanceof TimestampValue || e instanceof HexValue
            || e instanceof BooleanValue || e instanceof DateTimeLiteralExpression || e instanceof JdbcParameter
            || e instanceof JdbcNamedParameter;
    }

    /** The node and everything under it, in document order. */
    public static List<SqlNode> subtree(SqlTree tree, Object value) {
        SqlNode n = tree.nodeOf(value);
        List<SqlNode> out = new ArrayList<>();
        if (n == null) return out;
        out.add(n);
        out.addAll(tree.descendants(n));
        return out;
    }

    /**
     * A value known when the query starts: no column, no subquery, no star, no non-deterministic function.
     * {@code cast('2000-01-01' AS DATE) + INTERVAL 30 days} is constant; {@code rand()} is not.
     */
    public static boolean isConstant(SqlTree tree, Object e) {
        if (e == null) return false;
        if (isLiteral(e)) return true;
        List<SqlNode> nodes = subtree(tree, e);
        if (nodes.isEmpty()) return false;
        for (SqlNode n : nodes) {
            Object v = n.value();
            if (v instanceof Column && isHole((Column) v)) continue;
            if (v instanceof Column || v instanceof Select || v instanceof AllColumns || v instanceof AnalyticExpression) return false;
            if (v instanceof Function && isNonDeterministic((Function) v)) return false;
        }
        return true;
    }

    /**
     * A template hole ({@code "... WHERE id = " + id}) is analysed as the identifier {@code __N}: an unknown value,
     * treated as a constant rather than a column.
     */
    public static boolean isHole(Column c) {
        String n = c.getColumnName();
        if (c.getTable() != null || n == null || n.length() < 3 || !n.startsWith("__")) return false;
        for (int i = 2; i < n.length(); i++) if (!Character.isDigit(n.charAt(i))) return false;
        return true;
    }

    /** Whether the subtree holds a column reference (in subqueries too when {@code intoSubqueries}). */
    public static boolean hasColumn(SqlTree tree, Object e, boolean intoSubqueries) {
        return !columns(tree, e, intoSubqueries).isEmpty();
    }

    /** Column references under {@code e}; with {@code intoSubqueries=false} those inside nested queries are left out. */
    public static List<Column> columns(SqlTree tree, Object e, boolean intoSubqueries) {
        List<Column> out = new ArrayList<>();
        SqlNode root = tree.nodeOf(e);
        if (root == null) {
            if (e instanceof Column && !isHole((Column) e)) out.add((Column) e);
            return out;
        }
        for (SqlNode n : subtree(tree, e)) {
            if (!(n.value() instanceof Column) || isHole((Column) n.value())) continue;
            if (!intoSubqueries && n.query() != root.query()) continue;
            out.add((Column) n.value());
        }
        return out;
    }

    public static boolean isNonDeterministic(Function f) {
        String n = name(f);
        return n.equals("rand") || n.equals("random") || n.equals("randn") || n.equals("uuid") || n.equals("newid")
            || n.equals("shuffle") || n.equals("monotonically_increasing_id");
    }

    /** Lower-case function name, last part only ({@code pg_catalog.lower} gives {@code lower}). */
    public static String name(Function f) {
        String n = f.getName() == null ? "" : f.getName();
        int dot = n.lastIndexOf('.');
        return identifier(dot >= 0 ? n.substring(dot + 1) : n);
    }

    public static boolean isAggregate(Function f) {
        return AGGREGATES.contains(name(f));
    }

    /**
     * Whether the node is an aggregate call: an aggregate function, except ANY, SOME and ALL quantifying a LIKE
     * ({@code name LIKE ANY ('a%', 'b%')}), which JSqlParser reads as a call of the same name.
     */
    public static boolean isAggregateCall(SqlNode n) {
        if (!(n.value() instanceof Function) || !isAggregate((Function) n.value())) return false;
        String name = name((Function) n.value());
        boolean quantifier = name.equals("any") || name.equals("some") || name.equals("all");
        return !(quantifier && n.parent() != null && n.parent().value() instanceof LikeExpression);
    }

    /**
     * Whether the expression computes an aggregate at its own query level: an aggregate function call outside nested
     * subqueries. {@code sum(x)} in {@code sum(sum(x)) OVER (...)} counts; the window function itself is not a Function.
     */
    public static boolean hasAggregate(SqlTree tree, Object e) {
        SqlNode root = tree.nodeOf(e);
        if (root == null) return false;
        for (SqlNode n : subtree(tree, e)) {
            if (n.query() == root.query() && isAggregateCall(n)) return true;
        }
        return false;
    }

    /** Whether the SELECT aggregates: GROUP BY, or an aggregate in the select list or HAVING. */
    public static boolean isAggregating(SqlTree tree, PlainSelect ps) {
        if (ps.getGroupBy() != null || ps.getHaving() != null) return true;
        if (ps.getSelectItems() == null) return false;
        for (SelectItem<?> it : ps.getSelectItems()) if (hasAggregate(tree, it.getExpression())) return true;
        return false;
    }

    /** Identifier as compared: lower case, quotes removed. */
    public static String identifier(String s) {
        if (s == null) return null;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '`' && c != '"' && c != '[' && c != ']') sb.append(c);
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Source text with case and whitespace normalised, for comparing expressions as written. */
    public static String normalized(String source) {
        StringBuilder sb = new StringBuilder(source.length());
        boolean space = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (c == '`' || c == '"') continue;
            if (space && sb.length() > 0 && (Character.isLetterOrDigit(c) || c == '_')
                && (Character.isLetterOrDigit(sb.charAt(sb.length() - 1)) || sb.charAt(sb.length() - 1) == '_')) sb.append(' ');
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /** First token at or after {@code from} (and before {@code to}) that is the word {@code word}, or null. */
    public static SqlToken word(List<SqlToken> tokens, CharSequence text, String word, int from, int to) {
        for (SqlToken t : tokens) if (t.start() >= from && t.end() <= to && t.isWord(text, word)) return t;
        return null;
    }

    /** Last token ending at or before {@code at} that is not a comment, or null. */
    public static SqlToken tokenBefore(List<SqlToken> tokens, int at) {
        SqlToken best = null;
        for (SqlToken t : tokens) {
            if (t.end() > at) break;
            if (!t.isComment()) best = t;
        }
        return best;
    }

    /** Range [start of ORDER, end of the last element with ASC/DESC/NULLS FIRST|LAST) of an ORDER BY clause, or null. */
    public static int[] orderByClause(List<SqlToken> tokens, CharSequence text, int firstElementStart, int lastElementEnd) {
        SqlToken by = tokenBefore(tokens, firstElementStart);
        if (by == null || !by.isWord(text, "BY")) return null;
        SqlToken order = tokenBefore(tokens, by.start());
        if (order == null || !order.isWord(text, "ORDER")) return null;
        int end = lastElementEnd;
        for (SqlToken t : tokens) {
            if (t.start() < end || t.isComment()) continue;
            if (t.isWord(text, "ASC") || t.isWord(text, "DESC") || t.isWord(text, "NULLS") || t.isWord(text, "FIRST")
                || t.isWord(text, "LAST")) end = t.end();
            else break;
        }
        return new int[] {order.start(), end};
    }

    /** Whether a query has LIMIT, OFFSET, FETCH or TOP. */
    public static boolean isLimited(Select s) {
        if (s.getLimit() != null || s.getOffset() != null || s.getFetch() != null) return true;
        return s instanceof PlainSelect && ((PlainSelect) s).getTop() != null;
    }

    // ---- scopes: which tables a SELECT reads ----

    /** What a FROM item names. {@code columns} is known for derived tables and CTEs (null when unknown: base tables, stars). */
    public static final class Source {
        public final String name;
        public final FromItem item;
        /** Base table name as written, or null for derived tables, CTE references and table functions. */
        public final String table;
        public final Set<String> columns;
        /** The query behind a derived table or CTE reference, else null. */
        public final Select query;

        Source(String name, FromItem item, String table, Set<String> columns, Select query) {
            this.name = name;
            this.item = item;
            this.table = table;
            this.columns = columns;
            this.query = query;
        }

        public boolean isBaseTable() {
            return table != null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** CTEs visible in the statement, by lower-case name. */
    public static Map<String, WithItem<?>> ctes(SqlTree tree) {
        Map<String, WithItem<?>> out = new HashMap<>();
        for (SqlNode n : tree.all(WithItem.class)) {
            WithItem<?> w = (WithItem<?>) n.value();
            if (w.getAliasName() != null) out.put(identifier(w.getAliasName()), w);
        }
        return out;
    }

    /** FROM items of a SELECT in order: the FROM item, then each join's item (parenthesised joins flattened). */
    public static List<FromItem> fromItems(PlainSelect ps) {
        List<FromItem> out = new ArrayList<>();
        addFromItem(out, ps.getFromItem());
        if (ps.getJoins() != null) for (Join j : ps.getJoins()) addFromItem(out, j.getFromItem());
        return out;
    }

    private static void addFromItem(List<FromItem> out, FromItem item) {
        if (item == null) return;
        if (item instanceof ParenthesedFromItem) {
            ParenthesedFromItem p = (ParenthesedFromItem) item;
            addFromItem(out, p.getFromItem());
            if (p.getJoins() != null) for (Join j : p.getJoins()) addFromItem(out, j.getFromItem());
        } else {
            out.add(item);
        }
    }

    /** The sources a SELECT reads directly (not those of its subqueries). */
    public static List<Source> sources(PlainSelect ps, Map<String, WithItem<?>> ctes) {
        List<Source> out = new ArrayList<>();
        for (FromItem f : fromItems(ps)) out.add(source(f, ctes));
        return new SourceScope(out);
    }

    /**
     * {@link #sources} once per SELECT of one rule run: rules that look at every join of a SELECT must not rebuild its
     * scope per join (quadratic on long join chains). Pass a map the rule keeps for one {@code check}.
     */
    public static List<Source> sources(PlainSelect ps, Map<String, WithItem<?>> ctes, Map<PlainSelect, List<Source>> memo) {
        List<Source> s = memo.get(ps);
        if (s == null) {
            s = sources(ps, ctes);
            memo.put(ps, s);
        }
        return s;
    }

    /** The source of {@code item} in a scope from {@link #sources}, or null. */
    public static Source sourceOf(List<Source> scope, FromItem item) {
        return SourceScope.indexed(scope).of(item);
    }

    /**
     * Sources visible to a node at its own query level: the FROM items of its SELECT, or for UPDATE/DELETE the
     * target table and its FROM/JOIN items. Empty when unknown.
     */
    public static List<Source> scopeOf(SqlTree tree, SqlNode n, Map<String, WithItem<?>> ctes) {
        if (n.query() instanceof PlainSelect) return sources((PlainSelect) n.query(), ctes);
        List<Source> out = new ArrayList<>();
        if (n.query() != null) return out;
        Object st = tree.statement();
        if (st instanceof net.sf.jsqlparser.statement.update.Update) {
            net.sf.jsqlparser.statement.update.Update u = (net.sf.jsqlparser.statement.update.Update) st;
            if (u.getTable() != null) out.add(source(u.getTable(), ctes));
            if (u.getFromItem() != null) out.add(source(u.getFromItem(), ctes));
            if (u.getJoins() != null) for (Join j : u.getJoins()) out.add(source(j.getFromItem(), ctes));
        } else if (st instanceof net.sf.jsqlparser.statement.delete.Delete) {
            net.sf.jsqlparser.statement.delete.Delete d = (net.sf.jsqlparser.statement.delete.Delete) st;
            if (d.getTable() != null) out.add(source(d.getTable(), ctes));
            if (d.getJoins() != null) for (Join j : d.getJoins()) out.add(source(j.getFromItem(), ctes));
        }
        return out;
    }

    public static Source source(FromItem f, Map<String, WithItem<?>> ctes) {
        String alias = f.getAlias() != null ? identifier(f.getAlias().getName()) : null;
        if (f instanceof Table) {
            Table t = (Table) f;
            String name = identifier(t.getName());
            WithItem<?> cte = t.getSchemaName() == null ? ctes.get(name) : null;
            if (cte != null) {
                Set<String> cols = cte.getWithItemList() != null ? names(cte.getWithItemList()) : outputColumns(cte.getSelect());
                return new Source(alias != null ? alias : name, f, null, cols, cte.getSelect());
            }
            return new Source(alias != null ? alias : name, f, t.getFullyQualifiedName(), null, null);
        }
        if (f instanceof ParenthesedSelect && !(f instanceof LateralSubSelect)) {
            Set<String> cols = f.getAlias() != null && f.getAlias().getAliasColumns() != null && !f.getAlias().getAliasColumns().isEmpty()
                ? aliasColumns(f.getAlias()) : outputColumns((Select) f);
            return new Source(alias, f, null, cols, (Select) f);
        }
        return new Source(alias, f, null, null, f instanceof Select ? (Select) f : null);
    }

    private static Set<String> aliasColumns(net.sf.jsqlparser.expression.Alias a) {
        Set<String> out = new LinkedHashSet<>();
        for (net.sf.jsqlparser.expression.Alias.AliasColumn c : a.getAliasColumns()) out.add(identifier(c.name));
        return out;
    }

    private static Set<String> names(List<? extends SelectItem<?>> items) {
        Set<String> out = new LinkedHashSet<>();
        for (SelectItem<?> it : items) out.add(identifier(it.toString()));
        return out;
    }

    /** Output column names of a query, or null when a star or an unnamed expression makes them unknown. */
    public static Set<String> outputColumns(Select s) {
        while (s instanceof ParenthesedSelect) s = ((ParenthesedSelect) s).getSelect();
        if (s instanceof SetOperationList) {
            List<Select> sel = ((SetOperationList) s).getSelects();
            return sel == null || sel.isEmpty() ? null : outputColumns(sel.get(0));
        }
        if (!(s instanceof PlainSelect)) return null;
        Set<String> out = new LinkedHashSet<>();
        for (SelectItem<?> it : ((PlainSelect) s).getSelectItems()) {
            if (it.getAlias() != null) out.add(identifier(it.getAlias().getName()));
            else if (it.getExpression() instanceof Column) out.add(identifier(((Column) it.getExpression()).getColumnName()));
            else if (it.getExpression() instanceof AllColumns) return null;
            // an unnamed expression gets a generated name nobody references
        }
        return out;
    }

    /**
     * Sources a column can belong to. Qualified: the source with that alias or table name (empty when none: an
     * outer reference). Unqualified: derived sources that output the name, else every source whose columns are unknown.
     */
    public static List<Source> candidates(Column c, List<Source> scope) {
        Table q = c.getTable();
        String col = identifier(c.getColumnName());
        SourceScope indexed = SourceScope.indexed(scope);
        return q != null && q.getName() != null ? indexed.named(identifier(q.getName())) : indexed.withColumn(col);
    }

    static String lastPart(String qualified) {
        String n = identifier(qualified);
        int dot = n.lastIndexOf('.');
        return dot >= 0 ? n.substring(dot + 1) : n;
    }

    /**
     * A query that returns at most one row: an aggregate without GROUP BY, LIMIT 1, or one VALUES row.
     * A cartesian product with such a source is harmless.
     */
    public static boolean isSingleRow(SqlTree tree, Select s) {
        if (s instanceof ParenthesedSelect) {
            ParenthesedSelect p = (ParenthesedSelect) s;
            if (isLimitOne(p.getLimit())) return true;
            return isSingleRow(tree, p.getSelect());
        }
        if (s instanceof Values) {
            // VALUES (1, 2) is one row of two columns (a parenthesised list); VALUES (1, 2), (3, 4) two rows
            ExpressionList<?> rows = ((Values) s).getExpressions();
            return rows != null && (rows.size() == 1 || rows instanceof ParenthesedExpressionList);
        }
        if (!(s instanceof PlainSelect)) return false;
        PlainSelect ps = (PlainSelect) s;
        return isLimitOne(ps.getLimit()) || yieldsOneRow(tree, ps);
    }

    /**
     * At most one row whatever its LIMIT: aggregates (and constants) without GROUP BY, a select without FROM, or a
     * product of such derived tables ({@code FROM (SELECT avg(x) ...) a, (SELECT count(*) ...) b}).
     */
    public static boolean yieldsOneRow(SqlTree tree, PlainSelect ps) {
        if (ps.getGroupBy() != null || ps.getSelectItems() == null) return false;
        // SELECT 1 AS x, 'a' AS y: a select without FROM is one row, unless a generator multiplies it
        if (ps.getFromItem() == null) {
            for (SelectItem<?> it : ps.getSelectItems()) if (isGenerator(it.getExpression())) return false;
            return true;
        }
        boolean agg = false;
        boolean aggregatesAndConstants = true;
        for (SelectItem<?> it : ps.getSelectItems()) {
            Expression e = it.getExpression();
            if (hasAggregate(tree, e)) agg = true;
            else if (!isConstant(tree, e)) aggregatesAndConstants = false;
        }
        return (agg && aggregatesAndConstants) || onlySingleRowSources(tree, ps);
    }

    private static boolean onlySingleRowSources(SqlTree tree, PlainSelect ps) {
        if (!isSingleRowTable(tree, ps.getFromItem())) return false;
        if (ps.getJoins() != null) for (Join j : ps.getJoins()) if (!isSingleRowTable(tree, j.getFromItem())) return false;
        return true;
    }

    private static boolean isSingleRowTable(SqlTree tree, FromItem f) {
        return f instanceof ParenthesedSelect && isSingleRow(tree, (ParenthesedSelect) f);
    }

    /** A call of a generator function ({@code explode(arr)}). */
    static boolean isGenerator(Object e) {
        return e instanceof Function && ((Function) e).getName() != null
            && GENERATORS.contains(((Function) e).getName().toLowerCase(Locale.ROOT));
    }

    private static boolean isLimitOne(net.sf.jsqlparser.statement.select.Limit l) {
        return l != null && l.getRowCount() instanceof LongValue && ((LongValue) l.getRowCount()).getValue() <= 1;
    }
}
