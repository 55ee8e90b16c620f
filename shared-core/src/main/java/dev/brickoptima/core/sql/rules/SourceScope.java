package dev.brickoptima.core.sql.rules;

import net.sf.jsqlparser.statement.select.FromItem;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources of one SELECT, indexed: resolving a column ({@link SqlExpressions#candidates}) or finding a FROM item's
 * source costs the number of matches, not the number of sources, so a rule stays linear on a 20,000-join chain.
 * A read-only list in FROM order; the indexes are built on first use.
 */
final class SourceScope extends AbstractList<SqlExpressions.Source> {
    private final List<SqlExpressions.Source> sources;
    private Map<String, List<Integer>> byName;
    private Map<String, List<Integer>> byColumn;
    private List<Integer> unknownColumns;
    private Map<Object, Integer> byItem;

    SourceScope(List<SqlExpressions.Source> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The scope itself when it is one already (from {@link SqlExpressions#sources}), else an index over the list. */
    static SourceScope indexed(List<SqlExpressions.Source> scope) {
        return scope instanceof SourceScope ? (SourceScope) scope : new SourceScope(scope);
    }

    @Override
    public SqlExpressions.Source get(int index) {
        return sources.get(index);
    }

    @Override
    public int size() {
        return sources.size();
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof SqlExpressions.Source)) return -1;
        Integer i = items().get(((SqlExpressions.Source) o).item);
        return i != null && sources.get(i) == o ? i : super.indexOf(o);
    }

    /** The source of a FROM item of this SELECT, or null. */
    SqlExpressions.Source of(FromItem item) {
        Integer i = items().get(item);
        return i == null ? null : sources.get(i);
    }

    /** Sources a qualifier names: by alias or name, or by the last part of an unaliased base table's name. */
    List<SqlExpressions.Source> named(String qualifier) {
        index();
        return pick(byName.get(qualifier));
    }

    /** Sources whose known columns include {@code column}, else those whose columns are unknown. */
    List<SqlExpressions.Source> withColumn(String column) {
        index();
        List<Integer> known = byColumn.get(column);
        return pick(known != null ? known : unknownColumns);
    }

    private List<SqlExpressions.Source> pick(List<Integer> indexes) {
        List<SqlExpressions.Source> out = new ArrayList<>(indexes == null ? 0 : indexes.size());
        if (indexes != null) for (int i : indexes) out.add(sources.get(i));
        return out;
    }

    private Map<Object, Integer> items() {
        if (byItem == null) {
            byItem = new IdentityHashMap<>();
            for (int i = sources.size() - 1; i >= 0; i--) byItem.put(sources.get(i).item, i); // first one wins
        }
        return byItem;
    }

    private void index() {
        if (byName != null) return;
        byName = new HashMap<>();
        byColumn = new HashMap<>();
        unknownColumns = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SqlExpressions.Source s = sources.get(i);
            String tableName = s.table != null && s.item.getAlias() == null ? SqlExpressions.lastPart(s.table) : null;
            if (s.name != null) add(byName, s.name, i);
            if (tableName != null) add(byName, tableName, i); // usually its name already: add keeps one entry
            if (s.columns == null) unknownColumns.add(i);
            else for (String c : s.columns) add(byColumn, c, i);
        }
    }

    private static void add(Map<String, List<Integer>> index, String key, int i) {
        List<Integer> l = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != i) l.add(i);
    }
}
