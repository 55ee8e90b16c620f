package dev.brickoptima.jvm.spark;

/**
 * A Spark REST call that failed, with a one-line message meant for the user (what failed, where, what to check).
 * Messages never contain the bearer token.
 */
public final class SparkApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, for callers that react differently (exit codes, retries of their own). */
    public enum Kind {
        /** Connection refused or reset, or the answer broke off, after all retries. */
        UNREACHABLE,
        /** No answer within the read timeout or the request deadline, or the whole run passed its deadline ({@link #limit()}). */
        TIMEOUT,
        /** The server sent more than the client accepts: too many pages, or an answer over the size cap ({@link #limit()}). */
        TOO_LARGE,
        /** The bearer token cannot be sent (a line break, a non-ASCII character). */
        INVALID_TOKEN,
        /** 401: no token or a rejected token. */
        UNAUTHORIZED,
        /** 403: the token lacks access. */
        FORBIDDEN,
        /** 404: wrong URL, unknown application or execution. */
        NOT_FOUND,
        /** 5xx after all retries. */
        SERVER_ERROR,
        /** Any other unexpected status. */
        HTTP_ERROR,
        /** The answer is HTML or text, e.g. a login page of a proxy. */
        NOT_JSON,
        /** The answer looks like JSON but does not parse, or has an unexpected shape. */
        MALFORMED_JSON,
        /** The calling thread was interrupted while waiting. */
        INTERRUPTED
    }

    /** The client limit a {@link Kind#TIMEOUT} or {@link Kind#TOO_LARGE} ran into, so a host can name its setting. */
    public enum Limit {
        /** {@code SparkRestClient.Builder.readTimeout}: no byte for this long. */
        READ_TIMEOUT,
        /** {@code SparkRestClient.Builder.requestTimeout}: one request, from connecting to the last byte. */
        REQUEST_TIMEOUT,
        /** {@code SparkRestClient.Builder.totalTimeout}: every request of the client together. */
        TOTAL_TIMEOUT,
        /** {@code SparkRestClient.Builder.maxPages}. */
        PAGES,
        /** {@code SparkRestClient.Builder.maxResponseBytes}. */
        RESPONSE_SIZE
    }

    private final Kind kind;
    private final int status;
    private final Limit limit;

    SparkApiException(Kind kind, int status, String message, Throwable cause) {
        this(kind, status, null, message, cause);
    }

    SparkApiException(Kind kind, int status, Limit limit, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
        this.limit = limit;
    }

    /** The limit that ended the run, or null when no client limit was involved. */
    public Limit limit() {
        return limit;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or -1 when there was no HTTP answer. */
    public int status() {
        return status;
    }
}
