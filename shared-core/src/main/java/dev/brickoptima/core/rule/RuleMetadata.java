package dev.brickoptima.core.rule;

import dev.brickoptima.core.finding.Severity;

/**
 * Everything a host shows about a rule. Each rule class declares its own; the rule catalog in docs/ and
 * the IDE inspection descriptions are generated from it.
 *
 * @param id          stable id, kebab-case ("select-star"); used in suppressions and configuration
 * @param profile     null when the rule is on by default, else the profile that turns it on ("read-only", "strict")
 */
public record RuleMetadata(String id, String title, Category category, Severity defaultSeverity,
                           String rationale, String badExample, String goodExample, String profile) {

    public static Builder rule(String id) {
        return new Builder(id);
    }

    public boolean enabledByDefault() {
        return profile == null;
    }

    /** Fluent builder so each rule reads as a small declaration. */
    public static final class Builder {
        private final String id;
        private String title;
        private Category category = Category.PERFORMANCE;
        private Severity severity = Severity.WARNING;
        private String rationale = "";
        private String bad = "";
        private String good = "";
        private String profile;

        Builder(String id) {
            this.id = id;
        }

        public Builder title(String t) { this.title = t; return this; }
        public Builder category(Category c) { this.category = c; return this; }
        public Builder severity(Severity s) { this.severity = s; return this; }
        public Builder rationale(String r) { this.rationale = r; return this; }
        public Builder bad(String b) { this.bad = b; return this; }
        public Builder good(String g) { this.good = g; return this; }
        /** The rule runs only when this profile is active. */
        public Builder profile(String p) { this.profile = p; return this; }

        public RuleMetadata build() {
            if (title == null) throw new IllegalStateException("rule " + id + " has no title");
            return new RuleMetadata(id, title, category, severity, rationale, bad, good, profile);
        }
    }
}
