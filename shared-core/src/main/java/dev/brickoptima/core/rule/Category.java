package dev.brickoptima.core.rule;

/** What kind of problem a rule finds. */
public enum Category {
    PERFORMANCE, CORRECTNESS, SAFETY, SECURITY;

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase();
    }
}
