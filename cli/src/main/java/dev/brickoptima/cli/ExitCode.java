package dev.brickoptima.cli;

/** Process exit codes, documented in docs/cli.md. */
public final class ExitCode {
    /** No finding at or above --fail-on. */
    public static final int OK = 0;
    /** At least one finding at or above --fail-on. */
    public static final int FINDINGS = 1;
    /** Bad usage, bad configuration or unreadable input. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
