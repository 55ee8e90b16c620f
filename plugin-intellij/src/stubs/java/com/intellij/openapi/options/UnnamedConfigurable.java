package com.intellij.openapi.options;

import javax.swing.JComponent;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface UnnamedConfigurable {
    JComponent createComponent();

    boolean isModified();

    void apply() throws ConfigurationException;

    default void reset() {
    }

    default void disposeUIResources() {
    }
}
