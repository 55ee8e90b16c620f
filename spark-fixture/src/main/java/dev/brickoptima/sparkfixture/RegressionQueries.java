package dev.brickoptima.sparkfixture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Pairs of the same query before and after a change that makes its plan worse, for {@code brickoptima compare}: the
 * broadcast join that becomes a sort-merge join when broadcasting is disabled, and the partition filter that stops
 * pruning once a function wraps the partition column. Each pair's SQL differs only where the change is.
 */
final class RegressionQueries {
    /** Partitions of the table the pruning pair reads (one directory per value of p). */
    static final int PARTITIONS = 12;

    private RegressionQueries() {
    }

    static List<FixtureQuery> all(Path workDir) {
        String table = workDir.resolve("partitioned").toUri().toString();
        String join = "SELECT d.id % 5 AS grp, count(*) AS n FROM range(0, 100000, 1, 2) f"
            + " JOIN range(0, 100) d ON f.id % 100 = d.id GROUP BY d.id % 5";
        return List.of(
            new FixtureQuery("regress-broadcast-before", FixtureQuery.descriptionOf("regress-broadcast-before",
                "join with a small side, broadcast"), Map.of(),
                s -> s.sql(join).collectAsList()),
            new FixtureQuery("regress-broadcast-after", FixtureQuery.descriptionOf("regress-broadcast-after",
                "the same join with broadcasting disabled"), Map.of("spark.sql.autoBroadcastJoinThreshold", "-1"),
                s -> s.sql(join).collectAsList()),
            new FixtureQuery("regress-partition-write", FixtureQuery.descriptionOf("regress-partition-write",
                "setup: writes a table partitioned by p into " + PARTITIONS + " directories"), Map.of(),
                s -> s.sql("SELECT id, id % " + PARTITIONS + " AS p FROM range(0, 24000, 1, 2)").write()
                    .partitionBy("p").mode("overwrite").parquet(table)),
            new FixtureQuery("regress-partition-before", FixtureQuery.descriptionOf("regress-partition-before",
                "filter on the partition column"), Map.of(),
                s -> s.sql("SELECT count(*) AS n, sum(id) AS total FROM parquet.`" + table + "` WHERE p = 3 AND id > 100")
                    .collectAsList()),
            new FixtureQuery("regress-partition-after", FixtureQuery.descriptionOf("regress-partition-after",
                "the same filter with a function on the partition column"), Map.of(),
                s -> s.sql("SELECT count(*) AS n, sum(id) AS total FROM parquet.`" + table + "` WHERE abs(p) = 3 AND abs(id) > 100")
                    .collectAsList()));
    }
}
