package dev.brickoptima.core.code;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlTemplate;

/**
 * Analyses the SQL template read from code in the dialect of its SQL site (the configuration's otherwise). JVM hosts
 * use the time-bounded analyzer ({@code JavaSqlAnalyzers.bounded}); a pure host may use a {@code SqlAnalyzer} per
 * dialect.
 */
@FunctionalInterface
public interface TemplateAnalyzer {
    SqlAnalysis analyze(SqlTemplate template, Dialect dialect);
}
