package dev.brickoptima.jvm.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; the message is one line for the user. */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ConfigException(String message) {
        this(message, null);
    }

    /** An error in {@code file}, so an IDE can put it on that file. */
    public ConfigException(String message, Path file) {
        super(message);
        this.file = file;
    }

    /** The configuration file at fault; null when the text did not come from a file. */
    public Path file() {
        return file;
    }
}
