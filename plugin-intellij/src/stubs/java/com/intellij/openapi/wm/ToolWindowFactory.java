package com.intellij.openapi.wm;

import com.intellij.openapi.project.Project;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface ToolWindowFactory {
    void createToolWindowContent(Project project, ToolWindow toolWindow);
}
