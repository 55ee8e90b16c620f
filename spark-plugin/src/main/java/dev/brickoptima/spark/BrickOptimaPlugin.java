package dev.brickoptima.spark;

import java.util.Map;

import org.apache.spark.SparkContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;
import org.slf4j.LoggerFactory;

/**
 * {@code spark.plugins=dev.brickoptima.spark.BrickOptimaPlugin}: registers a {@link BrickOptimaListener} on the driver.
 * Nothing runs on executors. A failure to start is logged and the application goes on without BrickOptima.
 */
public final class BrickOptimaPlugin implements SparkPlugin {

    @Override
    public DriverPlugin driverPlugin() {
        return new DriverPlugin() {
            private BrickOptimaListener listener;

            @Override
            public Map<String, String> init(SparkContext sc, PluginContext ctx) {
                try {
                    listener = new BrickOptimaListener(sc.getConf(), sc);
                    sc.addSparkListener(listener);
                } catch (Throwable t) {
                    LoggerFactory.getLogger(BrickOptimaPlugin.class).warn("BrickOptima: not started: {}", t.toString());
                }
                return Map.of();
            }

            @Override
            public void shutdown() {
                if (listener != null) listener.close();
            }
        };
    }

    @Override
    public ExecutorPlugin executorPlugin() {
        return null;
    }
}
