package dev.brickoptima.core.sql.rules;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlParser;
import dev.brickoptima.core.sql.SqlTree;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SourceScope}: the indexed sources of one SELECT, looked up by FROM item, qualifier and column name. */
class SourceScopeTest {
    private static final SqlParser PARSER = new SqlParser(Dialect.SPARK, null);

    private static PlainSelect select(String sql) {
        return (PlainSelect) PARSER.parse(sql).statement();
    }

    private static List<String> names(List<SqlExpressions.Source> sources) {
        return sources.stream().map(s -> s.name).collect(Collectors.toList());
    }

    @Test
    void positionsAndSourcesOfFromItems() {
        PlainSelect ps = select("SELECT 1 FROM db.a JOIN b bb ON true JOIN (SELECT k FROM c) s ON true");
        List<SqlExpressions.Source> scope = SqlExpressions.sources(ps, SqlExpressions.ctes(SqlTree.of(ps)));
        assertThat(names(scope)).containsExactly("a", "bb", "s");
        for (int i = 0; i < scope.size(); i++) assertThat(scope.indexOf(scope.get(i))).as("index of %s", scope.get(i)).isEqualTo(i);
        // a source with the same FROM item that is not in the list, and no source at all
        assertThat(scope.indexOf(SqlExpressions.source(ps.getFromItem(), Map.of()))).isEqualTo(-1);
        assertThat(scope.indexOf("a")).isEqualTo(-1);
        assertThat(SqlExpressions.sourceOf(scope, ps.getFromItem())).isSameAs(scope.get(0));
        assertThat(SqlExpressions.sourceOf(scope, ps.getJoins().get(1).getFromItem())).isSameAs(scope.get(2));
        assertThat(SqlExpressions.sourceOf(scope, new Table("a"))).isNull();
    }

    @Test
    void aPlainListIsResolvedLikeAnIndexedOne() {
        PlainSelect ps = select("SELECT 1 FROM db.a JOIN (SELECT k, v FROM c) s ON true JOIN (SELECT k FROM d) t ON true JOIN e ON true");
        List<SqlExpressions.Source> indexed = SqlExpressions.sources(ps, Map.of());
        List<SqlExpressions.Source> plain = new ArrayList<>(indexed);
        for (List<SqlExpressions.Source> scope : List.of(indexed, plain)) {
            // every source that outputs k, in FROM order; a name no derived table has: the sources of unknown columns
            assertThat(names(SqlExpressions.candidates(new Column("k"), scope))).containsExactly("s", "t");
            assertThat(names(SqlExpressions.candidates(new Column("v"), scope))).containsExactly("s");
            assertThat(names(SqlExpressions.candidates(new Column("zzz"), scope))).containsExactly("a", "e");
            // an unaliased table by its last name part, once
            assertThat(names(SqlExpressions.candidates(new Column(new Table("A"), "x"), scope))).containsExactly("a");
            assertThat(names(SqlExpressions.candidates(new Column(new Table("t"), "k"), scope))).containsExactly("t");
            assertThat(SqlExpressions.candidates(new Column(new Table("c"), "k"), scope)).isEmpty();
            assertThat(SqlExpressions.sourceOf(scope, ps.getJoins().get(2).getFromItem())).isSameAs(indexed.get(3));
        }
    }
}
