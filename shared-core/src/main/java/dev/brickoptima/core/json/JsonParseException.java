package dev.brickoptima.core.json;

/** JSON that does not parse: a one-line message and the 1-based line and column where reading stopped. */
public final class JsonParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int offset;
    private final int line;
    private final int column;

    JsonParseException(String message, int offset, int line, int column) {
        super(message + " at line " + line + ", column " + column);
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    public int offset() { return offset; }
    public int line() { return line; }
    public int column() { return column; }
}
