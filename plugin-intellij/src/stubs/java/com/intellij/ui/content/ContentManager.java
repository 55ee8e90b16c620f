package com.intellij.ui.content;

/** Compile-time stand-in (missing from Debian's 183 jars); never packaged. Signatures: see conformance/README.md. */
public interface ContentManager {
    void addContent(Content content);

    void removeAllContents(boolean dispose);
}
