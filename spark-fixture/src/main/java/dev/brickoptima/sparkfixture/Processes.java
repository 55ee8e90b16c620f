package dev.brickoptima.sparkfixture;

import java.util.concurrent.TimeUnit;

/** Stopping the JVM processes the fixtures start (Spark application, History Server). */
final class Processes {
    private Processes() {
    }

    /** SIGTERM, then SIGKILL after 15 s; a no-op when the process is gone. */
    static void stop(Process process) {
        if (process == null || !process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
