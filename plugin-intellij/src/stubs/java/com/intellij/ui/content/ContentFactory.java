package com.intellij.ui.content;

import javax.swing.JComponent;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface ContentFactory {
    static ContentFactory getInstance() {
        throw new UnsupportedOperationException("stub");
    }

    Content createContent(JComponent component, String displayName, boolean isLockable);
}
