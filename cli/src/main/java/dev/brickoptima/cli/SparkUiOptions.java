package dev.brickoptima.cli;

import dev.brickoptima.jvm.spark.SparkRestClient;
import picocli.CommandLine.Option;

import java.time.Duration;

/** How to reach a Spark UI or History Server: bearer token variable and read timeout (spark and compare). */
public final class SparkUiOptions {
    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = SparkRestClient.DEFAULT_TOKEN_ENV,
        description = "Environment variable holding a bearer token for a proxied UI (default: ${DEFAULT-VALUE}). The token is never printed.")
    String tokenEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Read timeout per request (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** A client for {@code url}; a malformed URL or timeout is a usage error. */
    SparkRestClient client(String url) {
        if (timeoutSeconds < 1) throw new UsageException("--timeout must be at least 1 second");
        try {
            return SparkRestClient.builder(url).tokenFromEnv(tokenEnv).readTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url: " + e.getMessage());
        }
    }
}
