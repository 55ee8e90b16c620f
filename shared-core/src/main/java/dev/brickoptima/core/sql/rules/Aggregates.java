package dev.brickoptima.core.sql.rules;

import net.sf.jsqlparser.expression.Function;

import java.util.Locale;
import java.util.Set;

/** Recognises aggregate function calls by name (Spark, PostgreSQL and ANSI aggregates). */
final class Aggregates {
    private static final Set<String> NAMES = Set.of(
        "count", "sum", "avg", "min", "max", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop", "var_samp",
        "collect_list", "collect_set", "array_agg", "string_agg", "listagg", "approx_count_distinct", "percentile",
        "percentile_approx", "percentile_cont", "percentile_disc", "median", "mode", "count_if", "bool_and", "bool_or",
        "every", "some", "bit_and", "bit_or", "bit_xor", "corr", "covar_pop", "covar_samp", "kurtosis", "skewness",
        "max_by", "min_by", "first", "last", "any_value", "json_agg", "jsonb_agg", "json_object_agg", "xmlagg",
        "regr_slope", "regr_intercept", "regr_count", "regr_r2", "histogram_numeric", "approx_percentile");

    private Aggregates() {
    }

    /** True for a call of a known aggregate with an unqualified name; {@code min(a, b)} (two args) is not counted. */
    static boolean isAggregate(Function f) {
        String name = f.getName();
        if (name == null || name.indexOf('.') >= 0) return false;
        String n = name.toLowerCase(Locale.ROOT);
        if (!NAMES.contains(n)) return false;
        if ((n.equals("min") || n.equals("max")) && f.getParameters() != null && f.getParameters().size() > 1) return false;
        return true;
    }
}
