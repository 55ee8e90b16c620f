package dev.brickoptima.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.brickoptima.jvm.config.ConfigException;
import dev.brickoptima.jvm.config.ConfigFileLoader;

/**
 * The configuration loader on any text: a valid configuration or a {@link ConfigException} with a one-line message,
 * never another exception. Seeds: the example configuration and the documented keys.
 */
class ConfigFileFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.BOUNDED_RUN)
    void load(byte[] input) {
        check(input);
    }

    static void check(byte[] input) {
        try {
            ConfigFileLoader.parse(FuzzChecks.text(input), "fuzz.yml").build();
        } catch (ConfigException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("config error without a message", e);
        }
    }
}
