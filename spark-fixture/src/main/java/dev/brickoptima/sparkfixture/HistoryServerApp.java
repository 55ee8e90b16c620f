package dev.brickoptima.sparkfixture;

import java.net.URL;

/**
 * Runs Spark's own History Server with the fixture's watchdogs, so it too ends when its launcher dies or its
 * lifetime passes. Arguments: {@code --max-lifetime-seconds N}; Spark settings come as {@code -Dspark.history.*}.
 */
public final class HistoryServerApp {

    private HistoryServerApp() {
    }

    public static void main(String[] args) throws Exception {
        long maxLifetimeSeconds = 1800;
        for (int i = 0; i < args.length; i++) {
            if ("--max-lifetime-seconds".equals(args[i])) {
                maxLifetimeSeconds = Long.parseLong(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        URL log4j = HistoryServerApp.class.getResource("log4j2-fixture.properties");
        if (log4j != null && System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", log4j.toString());
        }
        FixtureApp.startWatchdogs(maxLifetimeSeconds, true);
        org.apache.spark.deploy.history.HistoryServer.main(new String[0]); // serves until the process ends
    }
}
