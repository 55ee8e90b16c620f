package dev.brickoptima.core.rule;

import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Severity;

import java.util.List;

/**
 * Everything a host shows about a rule. Each rule class declares its own as {@code public static final RuleMetadata
 * METADATA}; the rule catalog in docs/, the SARIF rule list, configuration checks and the IDE inspection descriptions
 * are generated from it.
 *
 * @param id          stable id, kebab-case ("select-star"); used in suppressions and configuration
 * @param badExample  input on which the rule fires; {@code goodExample} the same written well, on which it is quiet
 *                    (both are run as tests, see RuleExamplesTest)
 * @param exampleConfig brickoptima.yml text the examples assume ("" for the defaults), shown with them
 * @param profile     null when the rule is on by default, else the profile that turns it on ("read-only", "strict")
 * @param thresholds  the numbers users may tune, with their defaults (see {@link Threshold})
 * @param dialects    the SQL dialects the rationale holds for (advice about Spark shuffles means nothing to a MySQL
 *                    query); empty when it holds for every dialect. The rule runs only on SQL of these dialects.
 */
public record RuleMetadata(String id, String title, Category category, Severity defaultSeverity,
                           String rationale, String badExample, String goodExample, String exampleConfig, String profile,
                           List<Threshold> thresholds, List<Dialect> dialects) {

    public RuleMetadata {
        thresholds = List.copyOf(thresholds);
        dialects = List.copyOf(dialects);
    }

    /** Whether the rule's rationale holds for SQL of {@code dialect}, so the rule runs on it. */
    public boolean appliesTo(Dialect dialect) {
        return dialects.isEmpty() || dialects.contains(dialect);
    }

    public static Builder rule(String id) {
        return new Builder(id);
    }

    public boolean enabledByDefault() {
        return profile == null;
    }

    /** The declared threshold with this name, or null. */
    public Threshold threshold(String name) {
        for (Threshold t : thresholds) if (t.name().equals(name)) return t;
        return null;
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
        private String exampleConfig = "";
        private String profile;
        private List<Threshold> thresholds = List.of();
        private List<Dialect> dialects = List.of();

        Builder(String id) {
            this.id = id;
        }

        public Builder title(String t) { this.title = t; return this; }
        public Builder category(Category c) { this.category = c; return this; }
        public Builder severity(Severity s) { this.severity = s; return this; }
        public Builder rationale(String r) { this.rationale = r; return this; }
        public Builder bad(String b) { this.bad = b; return this; }
        public Builder good(String g) { this.good = g; return this; }
        /** The brickoptima.yml settings the examples assume (a table's partition columns, a lower threshold). */
        public Builder exampleConfig(String yaml) { this.exampleConfig = yaml; return this; }
        /** The rule runs only when this profile is active. */
        public Builder profile(String p) { this.profile = p; return this; }
        /** The numbers users may tune; each rule reads them with {@code ctx.threshold(...)}. */
        public Builder thresholds(Threshold... t) { this.thresholds = List.of(t); return this; }
        /** The dialects the rationale holds for; the rule does not run on SQL of other dialects. */
        public Builder dialects(Dialect... d) { this.dialects = List.of(d); return this; }

        public RuleMetadata build() {
            if (title == null) throw new IllegalStateException("rule " + id + " has no title");
            for (int i = 0; i < thresholds.size(); i++) {
                for (int j = 0; j < i; j++) {
                    if (thresholds.get(i).name().equals(thresholds.get(j).name())) {
                        throw new IllegalStateException("rule " + id + " declares threshold " + thresholds.get(i).name() + " twice");
                    }
                }
            }
            return new RuleMetadata(id, title, category, severity, rationale, bad, good, exampleConfig, profile, thresholds, dialects);
        }
    }
}
