package dev.brickoptima.jvm.pg;

/** One pg_stat_statements entry: the normalised statement, how often it ran and how long it took (ms). */
public record PgQueryStats(long queryId, String query, long calls, double totalMillis, double meanMillis, long rows, String role) {
}
