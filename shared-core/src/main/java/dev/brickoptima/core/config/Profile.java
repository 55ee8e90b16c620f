package dev.brickoptima.core.config;

/** Named rule profiles. A rule whose metadata names a profile runs only when that profile is active. */
public final class Profile {
    /** Guard for generated or user-facing SQL: destructive statements are errors. */
    public static final String READ_ONLY = "read-only";
    /** Extra pedantic rules that are noisy in general code bases. */
    public static final String STRICT = "strict";

    private Profile() {
    }
}
