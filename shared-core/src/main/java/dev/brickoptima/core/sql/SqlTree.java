package dev.brickoptima.core.sql;

import dev.brickoptima.core.rule.Deadline;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.AnyComparisonExpression;
import net.sf.jsqlparser.expression.ArrayExpression;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.CaseExpression;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.CollateExpression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.LambdaExpression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.WhenClause;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ExistsExpression;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsBooleanExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.delete.ParenthesedDelete;
import net.sf.jsqlparser.statement.insert.ParenthesedInsert;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.update.ParenthesedUpdate;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.piped.AggregatePipeOperator;
import net.sf.jsqlparser.statement.piped.CallPipeOperator;
import net.sf.jsqlparser.statement.piped.FromQuery;
import net.sf.jsqlparser.statement.piped.JoinPipeOperator;
import net.sf.jsqlparser.statement.piped.LimitPipeOperator;
import net.sf.jsqlparser.statement.piped.OrderByPipeOperator;
import net.sf.jsqlparser.statement.piped.PipeOperator;
import net.sf.jsqlparser.statement.piped.PivotPipeOperator;
import net.sf.jsqlparser.statement.piped.SelectPipeOperator;
import net.sf.jsqlparser.statement.piped.SetOperationPipeOperator;
import net.sf.jsqlparser.statement.piped.SetPipeOperator;
import net.sf.jsqlparser.statement.piped.WherePipeOperator;
import net.sf.jsqlparser.statement.select.GroupByElement;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.LateralView;
import net.sf.jsqlparser.statement.select.OrderByElement;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;

import java.util.ArrayDeque;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * All nodes of one parsed statement in document order, each with parent, clause and enclosing query.
 * Built once per statement without recursion (deep AND/OR chains cannot overflow the stack); rules query it
 * instead of writing their own visitors. Unknown node types are leaves.
 */
public final class SqlTree {
    private final Statement statement;
    private final List<SqlNode> nodes;
    private final Map<Object, SqlNode> byValue;
    private final Deadline deadline;
    private final Map<Class<?>, List<SqlNode>> byType = new HashMap<>(); // a tree is used by one analysis at a time

    private SqlTree(Statement statement, List<SqlNode> nodes, Map<Object, SqlNode> byValue, Deadline deadline) {
        this.statement = statement;
        this.nodes = nodes;
        this.byValue = byValue;
        this.deadline = deadline;
    }

    public static SqlTree of(Statement statement) {
        return of(statement, Deadline.none());
    }

    /**
     * The tree of a statement analysed within {@code deadline}: building it and every walk over its nodes (by the
     * rules, through {@link #nodes()}, {@link #all}, {@link #descendants}, {@link #nodeOf}) check it once per node,
     * so no rule can run far past the statement's budget; past it they throw {@link Deadline.DeadlineExceeded}.
     */
    public static SqlTree of(Statement statement, Deadline deadline) {
        List<SqlNode> nodes = new ArrayList<>();
        Map<Object, SqlNode> byValue = new IdentityHashMap<>();
        Deque<SqlNode> stack = new ArrayDeque<>();
        stack.push(new SqlNode(statement, null, Clause.STATEMENT, statement instanceof Select ? (Select) statement : null, 0));
        List<Object[]> kids = new ArrayList<>();
        while (!stack.isEmpty()) {
            deadline.check();
            SqlNode node = stack.pop();
            if (byValue.containsKey(node.value())) continue; // shared sub-objects are visited once
            node.index(nodes.size());
            nodes.add(node);
            byValue.put(node.value(), node);
            kids.clear();
            children(node.value(), node.clause(), kids);
            for (int i = kids.size() - 1; i >= 0; i--) {
                Object child = kids.get(i)[0];
                Clause clause = (Clause) kids.get(i)[1];
                Select query = child instanceof Select ? (Select) child : node.query();
                stack.push(new SqlNode(child, node, clause, query, node.depth() + 1));
            }
        }
        return new SqlTree(statement, Collections.unmodifiableList(nodes), byValue, deadline);
    }

    /** The deadline of the statement's analysis (never null). */
    public Deadline deadline() {
        return deadline;
    }

    public Statement statement() {
        return statement;
    }

    public List<SqlNode> nodes() {
        return new AbstractList<>() {
            @Override
            public SqlNode get(int index) {
                deadline.check();
                return nodes.get(index);
            }

            @Override
            public int size() {
                return nodes.size();
            }
        };
    }

    /** The node holding {@code value} (by identity), or null. */
    public SqlNode nodeOf(Object value) {
        deadline.check();
        return byValue.get(value);
    }

    /**
     * All nodes whose value is a {@code type}, in document order (read-only). Each type is looked up once per
     * statement: the rules ask for the same few types (selects, joins, columns, functions) again and again.
     */
    public <T> List<SqlNode> all(Class<T> type) {
        List<SqlNode> cached = byType.get(type);
        if (cached != null) return cached;
        List<SqlNode> out = new ArrayList<>();
        for (SqlNode n : nodes) {
            deadline.check();
            if (type.isInstance(n.value())) out.add(n);
        }
        List<SqlNode> result = Collections.unmodifiableList(out);
        byType.put(type, result);
        return result;
    }

    /** Descendant nodes of {@code root} (exclusive), in document order. */
    public List<SqlNode> descendants(SqlNode root) {
        List<SqlNode> out = new ArrayList<>();
        int i = root.index() >= 0 && root.index() < nodes.size() && nodes.get(root.index()) == root ? root.index() : nodes.indexOf(root);
        for (int k = i + 1; k < nodes.size(); k++) {
            deadline.check();
            SqlNode n = nodes.get(k);
            if (n.depth() <= root.depth()) break;
            out.add(n);
        }
        return out;
    }

    /** Direct children of a value with the clause each sits in; order is document order. */
    static void children(Object v, Clause inherited, List<Object[]> out) {
        if (v instanceof PlainSelect) {
            PlainSelect ps = (PlainSelect) v;
            withItems(ps, out);
            if (ps.getSelectItems() != null) for (SelectItem<?> it : ps.getSelectItems()) add(out, it, Clause.SELECT);
            add(out, ps.getFromItem(), Clause.FROM);
            if (ps.getLateralViews() != null) for (LateralView lv : ps.getLateralViews()) add(out, lv, Clause.FROM);
            if (ps.getJoins() != null) for (Join j : ps.getJoins()) add(out, j, Clause.JOIN);
            add(out, ps.getWhere(), Clause.WHERE);
            add(out, ps.getGroupBy(), Clause.GROUP_BY);
            add(out, ps.getHaving(), Clause.HAVING);
            add(out, ps.getQualify(), Clause.QUALIFY);
            orderBy(ps.getOrderByElements(), out);
        } else if (v instanceof SetOperationList) {
            SetOperationList so = (SetOperationList) v;
            withItems(so, out);
            if (so.getSelects() != null) for (Select s : so.getSelects()) add(out, s, Clause.FROM);
            orderBy(so.getOrderByElements(), out);
        } else if (v instanceof ParenthesedSelect) {
            ParenthesedSelect p = (ParenthesedSelect) v;
            withItems(p, out);
            add(out, p.getSelect(), inherited);
            orderBy(p.getOrderByElements(), out);
        } else if (v instanceof FromQuery) {
            pipeQuery((FromQuery) v, out);
        } else if (v instanceof PipeOperator) {
            pipeOperator((PipeOperator) v, out);
        } else if (v instanceof Values) {
            add(out, ((Values) v).getExpressions(), Clause.VALUES);
        } else if (v instanceof Select) {
            withItems((Select) v, out);
        } else if (v instanceof WithItem) {
            // getSelect() casts and throws for data-modifying CTEs (WITH d AS (DELETE ... RETURNING *))
            add(out, ((WithItem<?>) v).getParenthesedStatement(), Clause.WITH);
        } else if (v instanceof ParenthesedInsert) {
            add(out, ((ParenthesedInsert) v).getInsert(), Clause.WITH);
        } else if (v instanceof ParenthesedUpdate) {
            add(out, ((ParenthesedUpdate) v).getUpdate(), Clause.WITH);
        } else if (v instanceof ParenthesedDelete) {
            add(out, ((ParenthesedDelete) v).getDelete(), Clause.WITH);
        } else if (v instanceof SelectItem) {
            add(out, ((SelectItem<?>) v).getExpression(), inherited);
        } else if (v instanceof Join) {
            Join j = (Join) v;
            add(out, j.getFromItem(), Clause.JOIN);
            Collection<?> on = j.getOnExpressions();
            if (on != null) for (Object e : on) add(out, e, Clause.ON);
            if (j.getUsingColumns() != null) for (Object c : j.getUsingColumns()) add(out, c, Clause.ON);
        } else if (v instanceof ParenthesedFromItem) {
            ParenthesedFromItem p = (ParenthesedFromItem) v;
            add(out, p.getFromItem(), inherited);
            if (p.getJoins() != null) for (Join j : p.getJoins()) add(out, j, Clause.JOIN);
        } else if (v instanceof TableFunction) {
            add(out, ((TableFunction) v).getFunction(), inherited);
        } else if (v instanceof LateralView) {
            add(out, ((LateralView) v).getGeneratorFunction(), inherited);
        } else if (v instanceof GroupByElement) {
            GroupByElement g = (GroupByElement) v;
            add(out, g.getGroupByExpressionList(), Clause.GROUP_BY);
            if (g.getGroupingSets() != null) for (Object s : g.getGroupingSets()) add(out, s, Clause.GROUP_BY);
        } else if (v instanceof OrderByElement) {
            add(out, ((OrderByElement) v).getExpression(), inherited);
        } else if (v instanceof ExpressionList) {
            for (Object e : (ExpressionList<?>) v) add(out, e, inherited);
        } else if (v instanceof BinaryExpression) {
            add(out, ((BinaryExpression) v).getLeftExpression(), inherited);
            add(out, ((BinaryExpression) v).getRightExpression(), inherited);
        } else if (v instanceof AnalyticExpression) {
            AnalyticExpression a = (AnalyticExpression) v;
            add(out, a.getExpression(), inherited);
            add(out, a.getPartitionExpressionList(), Clause.WINDOW);
            if (a.getOrderByElements() != null) for (OrderByElement o : a.getOrderByElements()) add(out, o, Clause.WINDOW);
            add(out, a.getFilterExpression(), inherited);
        } else if (v instanceof Function) {
            Function f = (Function) v;
            add(out, f.getParameters(), inherited);
            if (f.getNamedParameters() != null) add(out, f.getNamedParameters().getExpressions(), inherited);
        } else if (v instanceof CaseExpression) {
            CaseExpression c = (CaseExpression) v;
            add(out, c.getSwitchExpression(), inherited);
            if (c.getWhenClauses() != null) for (WhenClause w : c.getWhenClauses()) add(out, w, inherited);
            add(out, c.getElseExpression(), inherited);
        } else if (v instanceof WhenClause) {
            add(out, ((WhenClause) v).getWhenExpression(), inherited);
            add(out, ((WhenClause) v).getThenExpression(), inherited);
        } else if (v instanceof NotExpression) {
            add(out, ((NotExpression) v).getExpression(), inherited);
        } else if (v instanceof IsNullExpression) {
            add(out, ((IsNullExpression) v).getLeftExpression(), inherited);
        } else if (v instanceof IsBooleanExpression) {
            add(out, ((IsBooleanExpression) v).getLeftExpression(), inherited);
        } else if (v instanceof InExpression) {
            add(out, ((InExpression) v).getLeftExpression(), inherited);
            add(out, ((InExpression) v).getRightExpression(), inherited);
        } else if (v instanceof Between) {
            Between b = (Between) v;
            add(out, b.getLeftExpression(), inherited);
            add(out, b.getBetweenExpressionStart(), inherited);
            add(out, b.getBetweenExpressionEnd(), inherited);
        } else if (v instanceof ExistsExpression) {
            add(out, ((ExistsExpression) v).getRightExpression(), inherited);
        } else if (v instanceof CastExpression) {
            add(out, ((CastExpression) v).getLeftExpression(), inherited);
        } else if (v instanceof SignedExpression) {
            add(out, ((SignedExpression) v).getExpression(), inherited);
        } else if (v instanceof AnyComparisonExpression) {
            add(out, ((AnyComparisonExpression) v).getSelect(), inherited);
        } else if (v instanceof IntervalExpression) {
            add(out, ((IntervalExpression) v).getExpression(), inherited);
        } else if (v instanceof ExtractExpression) {
            add(out, ((ExtractExpression) v).getExpression(), inherited);
        } else if (v instanceof ArrayExpression) {
            add(out, ((ArrayExpression) v).getObjExpression(), inherited);
            add(out, ((ArrayExpression) v).getIndexExpression(), inherited);
        } else if (v instanceof LambdaExpression) {
            add(out, ((LambdaExpression) v).getExpression(), inherited);
        } else if (v instanceof CollateExpression) {
            add(out, ((CollateExpression) v).getLeftExpression(), inherited);
        } else if (v instanceof Insert) {
            Insert ins = (Insert) v;
            withItemsList(ins.getWithItemsList(), out);
            add(out, ins.getTable(), Clause.OTHER);
            add(out, ins.getSelect(), Clause.VALUES);
        } else if (v instanceof Update) {
            Update u = (Update) v;
            withItemsList(u.getWithItemsList(), out);
            add(out, u.getTable(), Clause.OTHER);
            if (u.getUpdateSets() != null) for (UpdateSet s : u.getUpdateSets()) add(out, s.getValues(), Clause.SET);
            add(out, u.getFromItem(), Clause.FROM);
            if (u.getJoins() != null) for (Join j : u.getJoins()) add(out, j, Clause.JOIN);
            add(out, u.getWhere(), Clause.WHERE);
        } else if (v instanceof Delete) {
            Delete d = (Delete) v;
            withItemsList(d.getWithItemsList(), out);
            add(out, d.getTable(), Clause.OTHER);
            if (d.getJoins() != null) for (Join j : d.getJoins()) add(out, j, Clause.JOIN);
            add(out, d.getWhere(), Clause.WHERE);
        } else if (v instanceof Merge) {
            Merge m = (Merge) v;
            add(out, m.getTable(), Clause.OTHER);
            add(out, m.getFromItem(), Clause.FROM);
            add(out, m.getOnCondition(), Clause.ON);
        } else if (v instanceof CreateTable) {
            add(out, ((CreateTable) v).getSelect(), Clause.OTHER);
        } else if (v instanceof CreateView) {
            add(out, ((CreateView) v).getSelect(), Clause.OTHER);
        }
    }

    /** Pipe syntax {@code FROM t |> WHERE ... |> AGGREGATE ...}: the source, then each step with the clause it acts as. */
    private static void pipeQuery(FromQuery q, List<Object[]> out) {
        withItems(q, out);
        add(out, q.getFromItem(), Clause.FROM);
        if (q.getLateralViews() != null) for (LateralView lv : q.getLateralViews()) add(out, lv, Clause.FROM);
        if (q.getJoins() != null) for (Join j : q.getJoins()) add(out, j, Clause.JOIN);
        for (PipeOperator op : q.getPipeOperators()) add(out, op, Clause.OTHER);
    }

    private static void pipeOperator(PipeOperator op, List<Object[]> out) {
        if (op instanceof WherePipeOperator) {
            add(out, ((WherePipeOperator) op).getExpression(), Clause.WHERE);
        } else if (op instanceof AggregatePipeOperator) {
            AggregatePipeOperator a = (AggregatePipeOperator) op;
            for (SelectItem<?> it : a.getSelectItems()) add(out, it, Clause.SELECT);
            for (SelectItem<?> it : a.getGroupItems()) add(out, it, Clause.GROUP_BY);
        } else if (op instanceof SelectPipeOperator) {
            for (SelectItem<?> it : ((SelectPipeOperator) op).getSelectItems()) add(out, it, Clause.SELECT);
        } else if (op instanceof SetPipeOperator) {
            for (UpdateSet s : ((SetPipeOperator) op).getUpdateSets()) add(out, s.getValues(), Clause.SELECT);
        } else if (op instanceof JoinPipeOperator) {
            add(out, ((JoinPipeOperator) op).getJoin(), Clause.JOIN);
        } else if (op instanceof OrderByPipeOperator) {
            orderBy(((OrderByPipeOperator) op).getOrderByElements(), out);
        } else if (op instanceof SetOperationPipeOperator) {
            for (Select s : ((SetOperationPipeOperator) op).getSelects()) add(out, s, Clause.FROM);
        } else if (op instanceof LimitPipeOperator) {
            add(out, ((LimitPipeOperator) op).getLimitExpression(), Clause.OTHER);
            add(out, ((LimitPipeOperator) op).getOffsetExpression(), Clause.OTHER);
        } else if (op instanceof CallPipeOperator) {
            add(out, ((CallPipeOperator) op).getTableFunction(), Clause.FROM);
        } else if (op instanceof PivotPipeOperator) {
            add(out, ((PivotPipeOperator) op).getAggregateExpression(), Clause.SELECT);
        }
    }

    private static void withItems(Select s, List<Object[]> out) {
        withItemsList(s.getWithItemsList(), out);
    }

    private static void withItemsList(List<? extends WithItem<?>> items, List<Object[]> out) {
        if (items != null) for (WithItem<?> w : items) add(out, w, Clause.WITH);
    }

    private static void orderBy(List<OrderByElement> elements, List<Object[]> out) {
        if (elements != null) for (OrderByElement o : elements) add(out, o, Clause.ORDER_BY);
    }

    private static void add(List<Object[]> out, Object child, Clause clause) {
        if (child != null) out.add(new Object[] {child, clause});
    }
}
