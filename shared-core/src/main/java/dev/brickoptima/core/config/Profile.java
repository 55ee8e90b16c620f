package dev.brickoptima.core.config;

import java.util.List;

/** Named rule profiles. A rule whose metadata names a profile runs only when that profile is active. */
public final class Profile {
    /** Guard for generated or user-facing SQL: destructive statements are errors. */
    public static final String READ_ONLY = "read-only";
    /** Extra pedantic rules that are noisy in general code bases. */
    public static final String STRICT = "strict";

    /** Every profile; an unknown name in a configuration is an error (a typo would silently turn a guard off). */
    public static final List<String> ALL = List.of(READ_ONLY, STRICT);

    private Profile() {
    }

    public static boolean isKnown(String name) {
        return ALL.contains(name);
    }
}
