package dev.brickoptima.spark;

import java.util.Arrays;

import org.apache.spark.sql.SparkSession;

/**
 * The jar's main class, for {@code spark-submit brickoptima-spark.jar fleet --logs DIR --out DIR [--partitions N]}.
 * Usage errors print one line and exit 2; the job's own errors exit 1.
 */
public final class BrickOptimaSparkMain {
    private BrickOptimaSparkMain() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("fleet")) {
            System.err.println("usage: spark-submit brickoptima-spark.jar fleet --logs DIR --out DIR [--partitions N]");
            System.exit(2);
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
