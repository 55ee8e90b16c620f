package com.intellij.openapi.actionSystem;

/** Compile-time stand-in for the 2022.3+ platform enum; never packaged (the IDE provides the real one). */
public enum ActionUpdateThread {
    EDT, BGT
}
