package com.intellij.openapi.options;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface Configurable extends UnnamedConfigurable {
    String getDisplayName();
}
