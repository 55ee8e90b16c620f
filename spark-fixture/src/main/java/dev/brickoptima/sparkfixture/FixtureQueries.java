package dev.brickoptima.sparkfixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;

/**
 * The queries the fixture runs, each showing one runtime problem (or none, for the clean ones). Sizes are chosen so
 * the whole set runs in a few seconds on two cores while the problem is still plain in the metrics.
 */
public final class FixtureQueries {

    /** Below this many rows an in-memory sort is forced to spill (set on the SparkConf; only the spill query sorts). */
    static final String FORCE_SPILL_ELEMENTS = "50000";
    /** Files the small-files query reads: above the plan-small-files default of 100. */
    public static final int SMALL_FILES = 128;

    private FixtureQueries() {
    }

    private static void copyPartFile(Path dir, int copies) {
        try (Stream<Path> files = Files.list(dir)) {
            Path part = files.filter(p -> p.getFileName().toString().startsWith("part-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no parquet part file in " + dir));
            for (int i = 1; i < copies; i++) {
                Files.copy(part, dir.resolve("part-copy-" + i + ".parquet"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<FixtureQuery> all(Path workDir) {
        Path smallFiles = workDir.resolve("small-files");
        String smallFilesDir = smallFiles.toUri().toString();
        List<FixtureQuery> queries = new java.util.ArrayList<>(List.of(
            new FixtureQuery("clean-agg", FixtureQuery.descriptionOf("clean-agg", "filtered aggregation, no problem"),
                Map.of(),
                s -> s.sql("SELECT id % 10 AS k, count(*) AS n, sum(id) AS total FROM range(0, 200000, 1, 2)"
                    + " WHERE id % 3 = 0 GROUP BY id % 10").collectAsList()),
            new FixtureQuery("clean-join", FixtureQuery.descriptionOf("clean-join", "broadcast join on a unique key, no problem"),
                Map.of(),
                s -> s.sql("SELECT d.id % 5 AS grp, count(*) AS n FROM range(0, 100000, 1, 2) f"
                    + " JOIN range(0, 100) d ON f.id % 100 = d.id WHERE f.id > 1000 GROUP BY d.id % 5").collectAsList()),
            // One key holds 80% of the fact rows; skew handling and partition coalescing are off so the one huge
            // partition stays visible in the task quantiles. Shuffled hash join keeps the sort (and its spill) out.
            new FixtureQuery("skew", FixtureQuery.descriptionOf("skew", "join where one key holds 80% of the rows"),
                Map.of("spark.sql.adaptive.skewJoin.enabled", "false",
                    "spark.sql.adaptive.coalescePartitions.enabled", "false",
                    "spark.sql.autoBroadcastJoinThreshold", "-1"),
                s -> s.sql("SELECT /*+ SHUFFLE_HASH(d) */ d.k % 7 AS grp, count(*) AS n, sum(f.v) AS total FROM"
                    + " (SELECT IF(id % 10 < 8, 0, id % 1000) AS k, id AS v FROM range(0, 600000, 1, 2)) f"
                    + " JOIN (SELECT id AS k FROM range(0, 1000)) d ON f.k = d.k GROUP BY d.k % 7").collectAsList()),
            // Without a broadcastable side a join without condition is planned as CartesianProduct.
            new FixtureQuery("cartesian", FixtureQuery.descriptionOf("cartesian", "cross join of two ranges"),
                Map.of("spark.sql.crossJoin.enabled", "true", "spark.sql.autoBroadcastJoinThreshold", "-1"),
                s -> s.sql("SELECT count(*) AS n FROM range(0, 1500, 1, 2) a CROSS JOIN range(0, 1500, 1, 2) b")
                    .collectAsList()),
            new FixtureQuery("nested-loop", FixtureQuery.descriptionOf("nested-loop", "non-equi range join"),
                Map.of(),
                s -> s.sql("SELECT b.id AS bucket, count(*) AS n FROM range(0, 100000, 1, 2) f"
                    + " JOIN (SELECT id, id * 1000 AS lo, id * 1000 + 1000 AS hi FROM range(0, 100)) b"
                    + " ON f.id >= b.lo AND f.id < b.hi GROUP BY b.id").collectAsList()),
            new FixtureQuery("spill", FixtureQuery.descriptionOf("spill", "sort larger than the in-memory threshold"),
                Map.of(),
                s -> s.sql("SELECT id, hash(id) AS h FROM range(0, 400000, 1, 2)").sortWithinPartitions("h")
                    .write().format("noop").mode("overwrite").save()),
            // Writing many files with Spark costs a task each; one written file copied is just as small and fast.
            new FixtureQuery("small-files-write", FixtureQuery.descriptionOf("small-files-write",
                "setup: writes one tiny parquet file, copied " + SMALL_FILES + " times"),
                Map.of(),
                s -> {
                    s.sql("SELECT id, id % 10 AS k FROM range(0, 40, 1, 1)").write().mode("overwrite").parquet(smallFilesDir);
                    copyPartFile(smallFiles, SMALL_FILES);
                }),
            new FixtureQuery("small-files", FixtureQuery.descriptionOf("small-files", "reads " + SMALL_FILES + " tiny parquet files"),
                Map.of(),
                s -> s.read().parquet(smallFilesDir).groupBy("k").sum("id").collectAsList()),
            // Ten keys on both sides: 20,000 x 2,000 input rows give 4,000,000 output rows.
            new FixtureQuery("exploding-join", FixtureQuery.descriptionOf("exploding-join", "join on a low-cardinality key"),
                Map.of(),
                s -> s.sql("SELECT count(*) AS n FROM range(0, 20000, 1, 2) a JOIN range(0, 2000) b"
                    + " ON a.id % 10 = b.id % 10").collectAsList()),
            // The browser extension must show this description as text, never as markup.
            new FixtureQuery("markup", FixtureQuery.descriptionOf("markup", "<img src=x onerror=alert(1)> description with markup"),
                Map.of(),
                s -> s.sql("SELECT id % 4 AS k, max(id) AS m FROM range(0, 5000) GROUP BY id % 4").collectAsList())));
        queries.addAll(RegressionQueries.all(workDir));
        return queries;
    }
}
