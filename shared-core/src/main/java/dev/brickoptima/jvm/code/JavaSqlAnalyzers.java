package dev.brickoptima.jvm.code;

import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;

import java.util.EnumMap;
import java.util.Map;

/** The SQL-in-Java analyzer every JVM host uses: the same engine with the same time budget (IDEs, CLI). */
public final class JavaSqlAnalyzers {
    private JavaSqlAnalyzers() {
    }

    /**
     * An analyzer whose SQL analyses are bounded in time by {@link BoundedSqlAnalyzer}, one per dialect a SQL site
     * needs (built when first needed).
     */
    public static JavaSqlAnalyzer bounded(AnalyzerConfig config, boolean heuristicLiterals) {
        Map<Dialect, BoundedSqlAnalyzer> byDialect = new EnumMap<>(Dialect.class);
        byDialect.put(config.dialect(), new BoundedSqlAnalyzer(config));
        return new JavaSqlAnalyzer(config, (template, dialect) -> {
            BoundedSqlAnalyzer a;
            synchronized (byDialect) {
                a = byDialect.computeIfAbsent(dialect, d -> new BoundedSqlAnalyzer(config.toBuilder().dialect(d).build()));
            }
            return a.analyze(template);
        }, heuristicLiterals);
    }
}
