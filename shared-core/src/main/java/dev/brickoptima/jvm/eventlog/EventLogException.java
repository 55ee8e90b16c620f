package dev.brickoptima.jvm.eventlog;

/** An event log that cannot be read, with a one-line message for the user (what, where, what to check). */
public final class EventLogException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EventLogException(String message) {
        super(message);
    }

    public EventLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
