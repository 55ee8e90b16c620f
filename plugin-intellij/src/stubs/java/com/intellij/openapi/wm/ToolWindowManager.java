package com.intellij.openapi.wm;

import com.intellij.openapi.project.Project;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public abstract class ToolWindowManager {
    public static ToolWindowManager getInstance(Project project) {
        return project.getService(ToolWindowManager.class); // what the platform does
    }

    public abstract ToolWindow getToolWindow(String id);
}
