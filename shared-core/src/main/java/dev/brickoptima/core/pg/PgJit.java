package dev.brickoptima.core.pg;

/**
 * The JIT section of an analysed plan. Times are in ms; NaN when the plan does not print them (EXPLAIN without
 * ANALYZE prints only the function count and options).
 */
public record PgJit(double functions, double generation, double inlining, double optimization, double emission, double total,
                    boolean inliningOn, boolean optimizationOn) {
}
