package dev.brickoptima.intellij;

/** SQL injection: non-constant strings concatenated into SQL that a sink runs. */
public final class BrickOptimaSqlInjectionInspection extends BrickOptimaSqlInspection {
    public static final String SHORT_NAME = "BrickOptimaSqlInjection";

    @Override
    public String getShortName() {
        return SHORT_NAME;
    }

    @Override
    boolean injection() {
        return true;
    }
}
