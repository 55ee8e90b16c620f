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
        /** No answer within the read timeout. */
        TIMEOUT,
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

    private final Kind kind;
    private final int status;

    SparkApiException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or -1 when there was no HTTP answer. */
    public int status() {
        return status;
    }
}
