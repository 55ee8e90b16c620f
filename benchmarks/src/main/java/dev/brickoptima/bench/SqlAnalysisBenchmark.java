package dev.brickoptima.bench;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.ParseOutcome;
import dev.brickoptima.core.sql.ParserWatch;
import dev.brickoptima.core.sql.ScriptSplitter;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlLexer;
import dev.brickoptima.core.sql.SqlParser;
import dev.brickoptima.core.sql.StatementSlice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parse-only versus full analysis over the 100 TPC-DS queries (one op = the whole corpus).
 * Parse-only does what the analyzer must do before any rule: tokenize, split, parse with JSqlParser.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SqlAnalysisBenchmark {
    private List<String> queries;
    private SqlParser parser;
    private SqlLexer lexer;
    private SqlAnalyzer analyzer;

    @Setup
    public void setup() {
        queries = Corpus.tpcdsQueries();
        parser = new SqlParser(Dialect.SPARK, ParserWatch.NONE);
        lexer = new SqlLexer(Dialect.SPARK);
        analyzer = new SqlAnalyzer(AnalyzerConfig.defaults());
    }

    @Benchmark
    public void parseOnly(Blackhole bh) {
        bh.consume(parseOnly(queries, lexer, parser));
    }

    @Benchmark
    public void fullAnalysis(Blackhole bh) {
        bh.consume(fullAnalysis(queries, analyzer));
    }

    /** What the analyzer must do before any rule; returns the number of statements parsed (so nothing is dead code). */
    static int parseOnly(List<String> queries, SqlLexer lexer, SqlParser parser) {
        int parsed = 0;
        for (String q : queries) {
            for (StatementSlice s : ScriptSplitter.split(q, lexer.tokenize(q), Dialect.SPARK)) {
                ParseOutcome o = parser.parse(q.substring(s.start(), s.end()));
                if (o.statement() != null) parsed++;
            }
        }
        return parsed;
    }

    /** Full analysis of every query; returns the number of findings. */
    static int fullAnalysis(List<String> queries, SqlAnalyzer analyzer) {
        int findings = 0;
        for (String q : queries) {
            SqlAnalysis a = analyzer.analyze(q);
            findings += a.findings().size();
        }
        return findings;
    }
}
