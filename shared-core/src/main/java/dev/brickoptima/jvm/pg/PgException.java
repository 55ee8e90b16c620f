package dev.brickoptima.jvm.pg;

/** A PostgreSQL problem worded as one line that says what to do (never a stack trace, never a password). */
public final class PgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PgException(String message) {
        super(message);
    }

    public PgException(String message, Throwable cause) {
        super(message, cause);
    }
}
