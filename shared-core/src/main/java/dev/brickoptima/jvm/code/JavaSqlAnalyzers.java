package dev.brickoptima.jvm.code;

import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;

/** The SQL-in-Java analyzer every JVM host uses: the same engine with the same time budget (IDEs, CLI). */
public final class JavaSqlAnalyzers {
    private JavaSqlAnalyzers() {
    }

    /** An analyzer whose SQL analyses are bounded in time by {@link BoundedSqlAnalyzer}. */
    public static JavaSqlAnalyzer bounded(AnalyzerConfig config, boolean heuristicLiterals) {
        return new JavaSqlAnalyzer(config, new BoundedSqlAnalyzer(config)::analyze, heuristicLiterals);
    }
}
