package dev.brickoptima.sparkfixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * Queries for the precision of the plan rules (issue #10): problems that must be reported with the right size and
 * advice, and look-alikes that must stay quiet or informational. Kept apart from {@link FixtureQueries} so other
 * additions to the fixture merge without conflicts.
 */
final class PlanPrecisionQueries {

    /** Literals in the IN list of the {@code in-list} query: a few hundred, what users paste from a spreadsheet. */
    public static final int IN_LIST_VALUES = 300;

    private PlanPrecisionQueries() {
    }

    static List<FixtureQuery> all(Path workDir) {
        String table = workDir.resolve("precision-table").toUri().toString();
        String inList = LongStream.range(0, IN_LIST_VALUES).map(i -> i * 7).mapToObj(Long::toString)
            .collect(Collectors.joining(", "));
        return List.of(
            // A deliberate cross join of tens of rows: harmless. Broadcast off, so Spark plans a CartesianProduct
            // and recomputes each side once per partition of the other (2 x 2 splits): the input metrics say
            // 200 and 100 rows for 100 x 50 real rows.
            new FixtureQuery("tiny-cross", FixtureQuery.descriptionOf("tiny-cross", "explicit CROSS JOIN of 100 x 50 rows"),
                Map.of("spark.sql.autoBroadcastJoinThreshold", "-1"),
                s -> s.sql("SELECT count(*) AS n FROM range(0, 100, 1, 2) a CROSS JOIN range(0, 50, 1, 2) b").collectAsList()),
            // The same intent with broadcasting on: a BroadcastNestedLoopJoin without condition over 20 x 30 rows.
            new FixtureQuery("tiny-cross-broadcast", FixtureQuery.descriptionOf("tiny-cross-broadcast",
                "explicit CROSS JOIN of 20 x 30 rows, broadcast"),
                Map.of(),
                s -> s.sql("SELECT a.id AS a, b.id AS b FROM range(0, 20) a CROSS JOIN range(0, 30) b").collectAsList()),
            // Sort-merge join (broadcast disabled for this query) where the small side is an aggregate over its
            // shuffle stage: the size must be read through the aggregate, and the -1 must be named.
            new FixtureQuery("smj-aggregate-side", FixtureQuery.descriptionOf("smj-aggregate-side",
                "sort-merge join of 400,000 rows with a 50-row aggregate, broadcast disabled"),
                Map.of("spark.sql.autoBroadcastJoinThreshold", "-1"),
                s -> s.sql("SELECT count(*) AS n, sum(d.c) AS total FROM range(0, 400000, 1, 2) f"
                    + " JOIN (SELECT id % 50 AS k, count(*) AS c FROM range(0, 100000, 1, 2) GROUP BY id % 50) d"
                    + " ON f.id % 50 = d.k").collectAsList()),
            new FixtureQuery("precision-table-write", FixtureQuery.descriptionOf("precision-table-write",
                "setup: writes a 10,000-row parquet table"),
                Map.of(),
                s -> s.sql("SELECT id, id % 100 AS grp, CAST(id AS STRING) AS name FROM range(0, 10000, 1, 2)")
                    .write().mode("overwrite").parquet(table)),
            // A few hundred literals: Spark turns the list into an InSet and pushes it to the Parquet scan as In(...).
            new FixtureQuery("in-list", FixtureQuery.descriptionOf("in-list", "filter with " + IN_LIST_VALUES + " literals"),
                Map.of(),
                s -> s.sql("SELECT count(*) AS n FROM parquet.`" + table + "` WHERE id IN (" + inList + ")").collectAsList()),
            // UNION (not ALL) deduplicates with an aggregate over the union of both branches.
            new FixtureQuery("union-distinct", FixtureQuery.descriptionOf("union-distinct", "UNION of two overlapping ranges"),
                Map.of(),
                s -> s.sql("SELECT id FROM range(0, 20000, 1, 2) UNION SELECT id FROM range(10000, 30000, 1, 2)")
                    .collectAsList()),
            // A Java UDF in the WHERE clause: the filter is not pushed to the scan *because of* the UDF (one cause).
            new FixtureQuery("udf-filter", FixtureQuery.descriptionOf("udf-filter", "Java UDF in the WHERE clause of a parquet scan"),
                Map.of(),
                s -> {
                    s.udf().register("times_two", (UDF1<Long, Long>) x -> x == null ? null : x * 2, DataTypes.LongType);
                    s.sql("SELECT count(*) AS n FROM parquet.`" + table + "` WHERE times_two(id) % 1000 = 0").collectAsList();
                }),
            // Two window functions over one unpartitioned OVER clause: one Window operator, one cause.
            new FixtureQuery("window-shared", FixtureQuery.descriptionOf("window-shared",
                "two window functions sharing one OVER clause without PARTITION BY"),
                Map.of(),
                s -> s.sql("SELECT id, rank() OVER w AS r, row_number() OVER w AS rn FROM range(0, 50000, 1, 2)"
                    + " WINDOW w AS (ORDER BY id DESC)").collectAsList()));
    }
}
