package com.intellij.openapi.wm;

import com.intellij.ui.content.ContentManager;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface ToolWindow {
    ContentManager getContentManager();

    void show(Runnable runnable);
}
