package dev.brickoptima.cli;

import dev.brickoptima.jvm.spark.SparkApiException;
import dev.brickoptima.jvm.spark.SparkRestClient;
import picocli.CommandLine.Option;

import java.time.Duration;

/**
 * How to reach a Spark UI or History Server (spark and compare): bearer token variable, timeouts and the caps that keep
 * a bad server bounded. Every limit a server runs into is named in the error with the option that raises it.
 */
public final class SparkUiOptions {
    @Option(names = "--token-env", paramLabel = "VAR", defaultValue = SparkRestClient.DEFAULT_TOKEN_ENV,
        description = "Environment variable holding a bearer token for a proxied UI (default: ${DEFAULT-VALUE}). The token is never printed.")
    String tokenEnv;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
        description = "Longest wait for the next byte of an answer (default: ${DEFAULT-VALUE}).")
    int readTimeoutSeconds;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "120",
        description = "Longest one request may take, connect to last byte (default: ${DEFAULT-VALUE}).")
    int requestTimeoutSeconds;

    @Option(names = "--total-timeout", paramLabel = "SECONDS", defaultValue = "600",
        description = "Longest all requests of the run may take together (default: ${DEFAULT-VALUE}).")
    int totalTimeoutSeconds;

    @Option(names = "--max-pages", paramLabel = "N", defaultValue = "400",
        description = "Most pages of 50 SQL executions to read (default: ${DEFAULT-VALUE}).")
    int maxPages;

    @Option(names = "--max-response-mb", paramLabel = "MIB", defaultValue = "128",
        description = "Largest answer accepted, in MiB (default: ${DEFAULT-VALUE}).")
    int maxResponseMib;

    SparkRestClient client(String url) {
        positive(readTimeoutSeconds, "--timeout");
        positive(requestTimeoutSeconds, "--request-timeout");
        positive(totalTimeoutSeconds, "--total-timeout");
        positive(maxPages, "--max-pages");
        if (maxResponseMib < 1 || maxResponseMib > 2047) throw new UsageException("--max-response-mb must be 1..2047");
        try {
            return SparkRestClient.builder(url).tokenFromEnv(tokenEnv)
                .readTimeout(Duration.ofSeconds(readTimeoutSeconds))
                .requestTimeout(Duration.ofSeconds(requestTimeoutSeconds))
                .totalTimeout(Duration.ofSeconds(totalTimeoutSeconds))
                .maxPages(maxPages)
                .maxResponseBytes(maxResponseMib * 1024L * 1024L)
                .build();
        } catch (SparkApiException e) {
            throw new UsageException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url: " + e.getMessage());
        }
    }

    /** The error for the user, naming the option that raises the limit the server ran into. */
    static String message(SparkApiException e) {
        if (e.limit() == null) return e.getMessage();
        String option = switch (e.limit()) {
            case READ_TIMEOUT -> "--timeout";
            case REQUEST_TIMEOUT -> "--request-timeout";
            case TOTAL_TIMEOUT -> "--total-timeout";
            case PAGES -> "--max-pages";
            case RESPONSE_SIZE -> "--max-response-mb";
        };
        return e.getMessage() + "; raise it with " + option;
    }

    private static void positive(int value, String option) {
        if (value < 1) throw new UsageException(option + " must be at least 1");
    }
}
