package com.intellij.ui.content;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. */
public interface ContentManager {
    void addContent(Content content);

    boolean removeAllContents(boolean dispose);
}
