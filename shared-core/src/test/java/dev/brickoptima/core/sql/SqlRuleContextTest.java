package dev.brickoptima.core.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.statement.select.PlainSelect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rule reads from {@link SqlRuleContext} about a Spark statement whose text was rewritten before parsing: node
 * ranges (the parser's own, or the union of the children's), the source as written, keyword positions in the parsed
 * text, and where a report lands.
 */
class SqlRuleContextTest {
    private static final String SQL = "SELECT 1.0D + 2L FROM t WHERE a = 1.0D DISTRIBUTE BY a";
    private static final SqlRuleContext CTX = context(SQL);

    private static SqlRuleContext context(String sql) {
        ParseOutcome o = new SqlParser(Dialect.SPARK, null).parse(sql);
        List<SqlToken> tokens = new SqlLexer(Dialect.SPARK).tokenize(sql);
        return new SqlRuleContext(SqlTree.of(o.statement()), o.parsedText(), sql, AnalyzerConfig.defaults(), tokens);
    }

    private static String at(Spans.Span s) {
        return "[" + s.start() + "," + s.end() + ")";
    }

    @Test
    void theParsedAndTheWrittenTextKeepTheSameOffsets() {
        assertThat(CTX.text()).isEqualTo("SELECT 1.0  + 2  FROM t WHERE a = 1.0                 ");
        assertThat(CTX.originalText()).isEqualTo(SQL);
        assertThat(CTX.dialect()).isEqualTo(Dialect.SPARK);
        assertThat(CTX.statement()).isSameAs(CTX.tree().statement());
        assertThat(CTX.tokens()).hasSize(13);
    }

    @Test
    void rangesComeFromTheParserOrTheChildren() {
        PlainSelect ps = (PlainSelect) CTX.statement();
        assertThat(at(CTX.span(ps.getWhere()))).isEqualTo("[30,37)");
        // an addition records no range of its own: its operands' union
        BinaryExpression sum = (BinaryExpression) ps.getSelectItems().get(0).getExpression();
        assertThat(Spans.own(sum)).isNull();
        assertThat(at(Spans.of(sum))).isEqualTo("[7,15)");
        assertThat(CTX.source(sum)).isEqualTo("1.0D + 2");
        assertThat(Spans.of(null)).isNull();
        assertThat(Spans.own("not a node")).isNull();
        // nothing recorded at all: the whole statement
        assertThat(at(CTX.span(ps.getOffset()))).isEqualTo("[0," + SQL.length() + ")");
        assertThat(new Spans.Span(3, 5).union(new Spans.Span(1, 4))).isEqualTo(new Spans.Span(1, 5));
        assertThat(new Spans.Span(3, 5).union(null)).isEqualTo(new Spans.Span(3, 5));
    }

    @Test
    void keywordsAreFoundInTheParsedTextWithinTheRange() {
        assertThat(CTX.keyword("where", 0, SQL.length())).isEqualTo(new SqlToken(SqlToken.Kind.WORD, 24, 29));
        assertThat(CTX.keyword("WHERE", 24, 29)).isNotNull();
        assertThat(CTX.keyword("WHERE", 25, 60)).isNull();
        assertThat(CTX.keyword("WHERE", 0, 28)).isNull();
        // a clause the rewrite blanked is no longer there
        assertThat(CTX.keyword("DISTRIBUTE", 0, SQL.length())).isNull();
    }

    @Test
    void aReportOnANodeCoversItsRange() {
        SqlRuleContext ctx = context(SQL);
        PlainSelect ps = (PlainSelect) ctx.statement();
        ctx.report(ps.getWhere(), "a message");
        ctx.report(3, 4, "another", "detail");
        assertThat(ctx.reports()).extracting(r -> r.start() + "-" + r.end() + " " + r.message() + " " + r.detail() + " " + r.fixes())
            .containsExactly("30-37 a message null []", "3-4 another detail []");
    }
}
