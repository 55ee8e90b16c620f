package dev.brickoptima.spark;

import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.SparkSession;

/**
 * The jar's main class, for {@code spark-submit brickoptima-spark.jar fleet --logs DIR --out DIR [--config brickoptima.yml] [--partitions N]}.
 * Usage errors print one line and exit 2; the job's own errors exit 1.
 */
public final class BrickOptimaSparkMain {
    static final String USAGE = "usage: spark-submit brickoptima-spark.jar fleet --logs DIR --out DIR [--config brickoptima.yml]"
        + " [--partitions N]";

    private BrickOptimaSparkMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("fleet") || List.of(args).contains("--help")) {
            boolean help = List.of(args).contains("--help");
            (help ? System.out : System.err).println(USAGE);
            System.exit(help ? 0 : 2);
        }
        FleetJob.Options options;
        try {
            options = FleetJob.Options.parse(Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println("brickoptima fleet: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("brickoptima-fleet").getOrCreate();
        int code = 0;
        try {
            FleetJob.run(spark, options);
        } catch (IllegalArgumentException e) {
            System.err.println("brickoptima fleet: " + e.getMessage());
            code = 2;
        } catch (Exception e) {
            System.err.println("brickoptima fleet: failed: " + e);
            code = 1;
        } finally {
            spark.stop();
        }
        if (code != 0) System.exit(code);
    }
}
