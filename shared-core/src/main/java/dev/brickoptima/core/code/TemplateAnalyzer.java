package dev.brickoptima.core.code;

import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.core.sql.SqlTemplate;

/**
 * Analyses the SQL template read from code. JVM hosts pass the time-bounded analyzer
 * ({@code BoundedSqlAnalyzer::analyze}); a pure host may pass {@code SqlAnalyzer::analyze}.
 */
@FunctionalInterface
public interface TemplateAnalyzer {
    SqlAnalysis analyze(SqlTemplate template);
}
