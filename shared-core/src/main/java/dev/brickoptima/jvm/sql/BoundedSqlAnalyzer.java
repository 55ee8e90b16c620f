package dev.brickoptima.jvm.sql;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlAnalyzer;
import dev.brickoptima.core.sql.SqlTemplate;

/**
 * The SQL analyzer as the JVM hosts call it. The time budget used to be enforced here, with a timer task per
 * statement and a worker thread per input; it is now a deadline the engine itself checks in the parser and in every
 * walk over a statement (see {@code Deadline}), which costs next to nothing and bounds the browser build too. So this
 * only delegates to {@link SqlAnalyzer}; new code should use that directly. Thread-safe.
 */
public final class BoundedSqlAnalyzer {
    private final SqlAnalyzer analyzer;

    public BoundedSqlAnalyzer(AnalyzerConfig config) {
        this.analyzer = new SqlAnalyzer(config);
    }

    public SqlAnalyzer analyzer() {
        return analyzer;
    }

    public SqlAnalysis analyze(String script) {
        return analyzer.analyze(script);
    }

    public SqlAnalysis analyze(SqlTemplate template) {
        return analyzer.analyze(template);
    }
}
