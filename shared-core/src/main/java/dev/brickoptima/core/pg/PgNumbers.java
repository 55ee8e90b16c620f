package dev.brickoptima.core.pg;

import dev.brickoptima.core.plan.PlanNumbers;

/** Number formatting for PostgreSQL findings (kB as PostgreSQL counts them, costs, ms), without String.format. */
public final class PgNumbers {
    private PgNumbers() {
    }

    /** A number as EXPLAIN prints it: integers without a fraction, others with up to three decimals. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        long thousandths = Math.round(v * 1000);
        String s = Long.toString(Math.abs(thousandths));
        while (s.length() < 4) s = "0" + s;
        String frac = s.substring(s.length() - 3);
        while (frac.endsWith("0")) frac = frac.substring(0, frac.length() - 1);
        return (thousandths < 0 ? "-" : "") + s.substring(0, s.length() - 3) + (frac.isEmpty() ? "" : "." + frac);
    }

    /** A plan cost: "4,275.3". */
    public static String cost(double v) {
        return v >= 1000 ? PlanNumbers.count(v) : PlanNumbers.oneDecimal(v);
    }

    /** Rows: "182,510". */
    public static String rows(double v) {
        return PlanNumbers.count(v);
    }

    /** Kilobytes as PostgreSQL reports memory and disk use: "34,408 kB" becomes "33.6 MiB". */
    public static String kilobytes(double kb) {
        return PlanNumbers.bytes(kb * 1024);
    }

    /** Milliseconds with one decimal below 10 s: "112.6 ms", "1.2 s". */
    public static String millis(double ms) {
        if (ms < 10_000) return PlanNumbers.oneDecimal(ms) + " ms";
        return PlanNumbers.millis(ms);
    }

    /** A work_mem setting that holds {@code kb}: rounded up to whole MB ("64MB"), or kB below 1 MB. */
    public static String workMem(double kb) {
        if (kb < 1024) return (long) Math.ceil(kb) + "kB";
        return (long) Math.ceil(kb / 1024) + "MB";
    }

    /** A share as a percentage: 0.873 -> "87%", below 1% and above 99% with a decimal, below 0.1% "<0.1%". */
    public static String percent(double share) {
        double p = share * 100;
        if (p > 0 && p < 0.05) return "<0.1%";
        if (p > 99 && p < 100) return PlanNumbers.oneDecimal(Math.min(p, 99.9)) + "%"; // never round a near-total share up to 100%
        return (p < 1 ? PlanNumbers.oneDecimal(p) : Long.toString(Math.round(p))) + "%";
    }
}
