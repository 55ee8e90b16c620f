package dev.brickoptima.core.config;

import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.rule.RuleMetadata;
import dev.brickoptima.core.rule.Threshold;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What to analyse and how: dialect, profiles, rule selection, severities, thresholds, partition columns
 * of known tables, limits. Immutable; build one with {@link #builder()}.
 */
public final class AnalyzerConfig {
    private final Dialect dialect;
    private final boolean dialectDeclared;
    private final Set<String> profiles;
    private final Set<String> enabled;
    private final Set<String> disabled;
    private final Set<String> only;
    private final Map<String, Severity> severities;
    private final Map<String, Double> thresholds;
    private final Map<String, List<String>> partitionColumns;
    private final Limits limits;
    private final List<SinkDeclaration> sinks;

    private AnalyzerConfig(Builder b) {
        this.dialect = b.dialect;
        this.dialectDeclared = b.dialectDeclared;
        this.profiles = Collections.unmodifiableSet(new LinkedHashSet<>(b.profiles));
        this.enabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.enabled));
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
        this.only = Collections.unmodifiableSet(new LinkedHashSet<>(b.only));
        this.severities = Collections.unmodifiableMap(new HashMap<>(b.severities));
        this.thresholds = Collections.unmodifiableMap(new HashMap<>(b.thresholds));
        Map<String, List<String>> pc = new HashMap<>();
        for (Map.Entry<String, List<String>> e : b.partitionColumns.entrySet()) {
            List<String> cols = new ArrayList<>();
            for (String c : e.getValue()) cols.add(c.toLowerCase(Locale.ROOT));
            pc.put(e.getKey().toLowerCase(Locale.ROOT), Collections.unmodifiableList(cols));
        }
        this.partitionColumns = Collections.unmodifiableMap(pc);
        this.limits = b.limits;
        this.sinks = List.copyOf(b.sinks);
    }

    public static AnalyzerConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.dialect = dialect;
        b.dialectDeclared = dialectDeclared;
        b.profiles.addAll(profiles);
        b.enabled.addAll(enabled);
        b.disabled.addAll(disabled);
        b.only.addAll(only);
        b.severities.putAll(severities);
        b.thresholds.putAll(thresholds);
        b.partitionColumns.putAll(partitionColumns);
        b.limits = limits;
        b.sinks.addAll(sinks);
        return b;
    }

    public Dialect dialect() { return dialect; }

    /**
     * Whether a configuration file or a command-line option chose the dialect. Then it holds for every SQL site; else
     * the dialect is only the default, and a project whose JDBC driver tells its database analyses its SQL in that
     * database's dialect ({@link #dialectFor}).
     */
    public boolean dialectDeclared() { return dialectDeclared; }

    /**
     * The dialect of SQL in a project whose JDBC driver says it talks to {@code projectDatabase} (null: unknown): the
     * declared dialect, else the project's database, else the default.
     */
    public Dialect dialectFor(Dialect projectDatabase) {
        return dialectDeclared || projectDatabase == null ? dialect : projectDatabase;
    }
    public Set<String> profiles() { return profiles; }
    public Limits limits() { return limits; }
    public Map<String, List<String>> partitionColumns() { return partitionColumns; }
    public Map<String, Severity> severities() { return severities; }
    public Map<String, Double> thresholds() { return thresholds; }
    public Set<String> enabledRules() { return enabled; }
    public Set<String> disabledRules() { return disabled; }
    public Set<String> onlyRules() { return only; }
    /** The project's own methods whose argument is SQL (wrappers), declared in its configuration. */
    public List<SinkDeclaration> sinks() { return sinks; }

    /** Whether a rule runs under this configuration. */
    public boolean isEnabled(RuleMetadata m) {
        if (!only.isEmpty() && !only.contains(m.id())) return false;
        if (disabled.contains(m.id())) return false;
        if (enabled.contains(m.id()) || only.contains(m.id())) return true;
        return m.profile() == null || profiles.contains(m.profile());
    }

    public Severity severityOf(RuleMetadata m) {
        Severity s = severities.get(m.id());
        return s != null ? s : m.defaultSeverity();
    }

    /** Threshold {@code ruleId.name}, or {@code def} when not configured. */
    public double threshold(String ruleId, String name, double def) {
        Double v = thresholds.get(ruleId + "." + name);
        return v != null ? v : def;
    }

    /** The configured value of a rule's declared threshold, or its default. */
    public double threshold(String ruleId, Threshold t) {
        return threshold(ruleId, t.name(), t.defaultValue());
    }

    /** Partition columns of a table, by its name as written (qualified or not); empty when unknown. */
    public List<String> partitionColumnsOf(String tableName) {
        if (partitionColumns.isEmpty() || tableName == null) return List.of();
        String n = unquote(tableName).toLowerCase(Locale.ROOT);
        List<String> cols = partitionColumns.get(n);
        if (cols == null) {
            int dot = n.lastIndexOf('.');
            if (dot >= 0) cols = partitionColumns.get(n.substring(dot + 1));
        }
        return cols != null ? cols : List.of();
    }

    private static String unquote(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '`' && c != '"' && c != '[' && c != ']') sb.append(c);
        }
        return sb.toString();
    }

    /** Mutable builder. */
    public static final class Builder {
        private Dialect dialect = Dialect.SPARK;
        private boolean dialectDeclared;
        private final Set<String> profiles = new LinkedHashSet<>();
        private final Set<String> enabled = new LinkedHashSet<>();
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Set<String> only = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new HashMap<>();
        private final Map<String, Double> thresholds = new HashMap<>();
        private final Map<String, List<String>> partitionColumns = new HashMap<>();
        private Limits limits = Limits.DEFAULT;
        private final List<SinkDeclaration> sinks = new ArrayList<>();

        /** The dialect a configuration file or command-line option declares: it holds over a project's JDBC driver. */
        public Builder dialect(Dialect d) { this.dialect = d; this.dialectDeclared = true; return this; }
        /**
         * The default dialect (an IDE preference): used when neither a configuration file nor a project's JDBC driver
         * tells the dialect; ignored once one is declared.
         */
        public Builder defaultDialect(Dialect d) {
            if (!dialectDeclared) this.dialect = d;
            return this;
        }
        public Builder profile(String p) { profiles.add(p); return this; }
        /** Replaces the active profiles (a nearer configuration file sets them anew). */
        public Builder profiles(Collection<String> ps) { profiles.clear(); profiles.addAll(ps); return this; }
        public Builder enable(String ruleId) { enabled.add(ruleId); disabled.remove(ruleId); return this; }
        public Builder disable(String ruleId) { disabled.add(ruleId); enabled.remove(ruleId); return this; }
        /** Restrict analysis to these rules (repeatable). */
        public Builder only(String ruleId) { only.add(ruleId); return this; }
        /** Replaces the rules to restrict analysis to (empty: no restriction). */
        public Builder onlyRules(Collection<String> ruleIds) { only.clear(); only.addAll(ruleIds); return this; }
        public Builder severity(String ruleId, Severity s) { severities.put(ruleId, s); return this; }
        public Builder threshold(String ruleId, String name, double value) { thresholds.put(ruleId + "." + name, value); return this; }
        public Builder partitionColumns(String table, List<String> columns) { partitionColumns.put(table, List.copyOf(columns)); return this; }
        public Builder limits(Limits l) { this.limits = l; return this; }
        /** Declares a project method whose argument is SQL; a declaration of the same method and argument replaces the earlier one. */
        public Builder sink(SinkDeclaration s) {
            sinks.removeIf(o -> o.owner().equals(s.owner()) && o.method().equals(s.method()) && o.argument() == s.argument());
            sinks.add(s);
            return this;
        }
        public Limits limits() { return limits; }

        public AnalyzerConfig build() {
            return new AnalyzerConfig(this);
        }
    }
}
