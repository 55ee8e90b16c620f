package com.intellij.openapi.options;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public class ConfigurationException extends Exception {
    public ConfigurationException(String message) {
        super(message);
    }
}
