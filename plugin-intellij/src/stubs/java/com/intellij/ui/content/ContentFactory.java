package com.intellij.ui.content;

import javax.swing.JComponent;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface ContentFactory {
    static ContentFactory getInstance() {
        return com.intellij.openapi.application.ApplicationManager.getApplication().getService(ContentFactory.class); // what the platform does
    }

    Content createContent(JComponent component, String displayName, boolean isLockable);
}
