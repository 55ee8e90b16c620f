package dev.brickoptima.core.plan;

/** Plan text that is not a plan BrickOptima reads (Spark or PostgreSQL), with the 1-based line (and column) where parsing gave up. */
public final class PlanParseException extends RuntimeException {
    private final int line;
    private final int column;

    public PlanParseException(String message, int line, int column) {
        super("line " + line + ": " + message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }
    public int column() { return column; }
}
