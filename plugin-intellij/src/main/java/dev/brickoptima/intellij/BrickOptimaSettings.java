package dev.brickoptima.intellij;

import com.intellij.openapi.components.PersistentStateComponent;
import com.intellij.openapi.components.State;
import com.intellij.openapi.components.Storage;
import com.intellij.openapi.project.Project;
import com.intellij.psi.PsiFile;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.config.PreferenceText;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import dev.brickoptima.jvm.config.ConfigLookup;
import dev.brickoptima.jvm.config.ProjectConfig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Per-project settings (stored in .idea/brickoptima.xml); the analyzer configuration is derived from them. */
@State(name = "BrickOptimaSettings", storages = @Storage("brickoptima.xml"))
public final class BrickOptimaSettings implements PersistentStateComponent<BrickOptimaSettings.Settings> {
    private Settings state = new Settings();
    private final ConfigFiles files = new ConfigFiles();
    /** Per set of brickoptima.yml files: the configuration and its analyzer; emptied when the settings change. */
    private final Map<ProjectConfig, AnalyzerConfig> configs = new ConcurrentHashMap<>();
    private final Map<ProjectConfig, JavaSqlAnalyzer> analyzers = new ConcurrentHashMap<>();
    private volatile long version;

    /** The stored state: public fields, as the XML serializer expects. */
    public static final class Settings {
        public String dialect = "spark";
        /** Comma-separated rule profiles ("read-only", "strict"). */
        public String profiles = "";
        /** Rule ids switched off, one per line or comma-separated. */
        public String disabledRules = "";
        /** {@code rule-id.name = value}, one per line. */
        public String thresholds = "";
        /** {@code table: col1, col2}, one table per line. */
        public String partitionColumns = "";
        public String sparkUiUrl = "http://localhost:4040";
        /** Also analyse string literals that clearly are SQL but reach no known sink. */
        public boolean heuristicLiterals = true;

        Settings copy() {
            Settings s = new Settings();
            s.dialect = dialect;
            s.profiles = profiles;
            s.disabledRules = disabledRules;
            s.thresholds = thresholds;
            s.partitionColumns = partitionColumns;
            s.sparkUiUrl = sparkUiUrl;
            s.heuristicLiterals = heuristicLiterals;
            return s;
        }
    }

    public static BrickOptimaSettings getInstance(Project project) {
        BrickOptimaSettings s = project == null ? null : project.getService(BrickOptimaSettings.class);
        return s != null ? s : DEFAULTS;
    }

    /** Used when no project service is available (default project, tests without the service). */
    private static final BrickOptimaSettings DEFAULTS = new BrickOptimaSettings();

    @Override
    public Settings getState() {
        return state;
    }

    @Override
    public void loadState(Settings s) {
        this.state = s.copy();
        changed();
    }

    public Settings copyOfState() {
        return state.copy();
    }

    public void update(Settings s) {
        loadState(s);
    }

    /** Changes whenever the settings change; part of the analysis cache key. */
    public long version() {
        return version;
    }

    public boolean heuristicLiterals() {
        return state.heuristicLiterals;
    }

    public String sparkUiUrl() {
        return state.sparkUiUrl;
    }

    public Set<String> disabledRules() {
        return new LinkedHashSet<>(splitList(state.disabledRules));
    }

    public void disableRule(String ruleId) {
        Set<String> d = disabledRules();
        d.add(ruleId);
        Settings s = state.copy();
        s.disabledRules = String.join(", ", d);
        loadState(s);
    }

    private synchronized void changed() {
        version++;
        configs.clear();
        analyzers.clear();
    }

    /**
     * The SQL-in-Java analyzer for {@code file}: its brickoptima.yml files with these settings on top (immutable and
     * thread-safe; its cache lives as long as the settings and the files).
     */
    public JavaSqlAnalyzer analyzer(PsiFile file) {
        return analyzer(files.forFile(file).files());
    }

    /** Why the brickoptima.yml that applies to {@code file} is not used (one line), or null when it is or there is none. */
    public String configProblem(PsiFile file) {
        return files.forFile(file).problem();
    }

    /** The analyzer for these settings alone on top of the defaults (text that belongs to no file). */
    public JavaSqlAnalyzer analyzer() {
        return analyzer(ConfigLookup.defaults());
    }

    private JavaSqlAnalyzer analyzer(ProjectConfig yml) {
        JavaSqlAnalyzer a = analyzers.get(yml);
        if (a == null) {
            if (analyzers.size() > 16) analyzers.clear();
            a = JavaSqlAnalyzers.bounded(config(yml), state.heuristicLiterals);
            analyzers.put(yml, a);
        }
        return a;
    }

    /**
     * The configuration for analysing {@code file}: the brickoptima.yml files that apply to it, then these settings on
     * top; bad entries in the settings are skipped (listed by {@link #problems}).
     */
    public AnalyzerConfig config(PsiFile file) {
        return config(file == null ? ConfigLookup.defaults() : files.forFile(file).files());
    }

    /** These settings alone on top of the defaults. */
    public AnalyzerConfig config() {
        return config(ConfigLookup.defaults());
    }

    private AnalyzerConfig config(ProjectConfig yml) {
        AnalyzerConfig c = configs.get(yml);
        if (c == null) {
            if (configs.size() > 16) configs.clear();
            AnalyzerConfig.Builder b = yml.builder();
            text(state).applyTo(b);
            c = b.build();
            configs.put(yml, c);
        }
        return c;
    }

    /** Entries of {@code s} that cannot be used, for the settings page to show. */
    public static List<String> problems(Settings s) {
        return text(s).problems();
    }

    static AnalyzerConfig build(Settings s, List<String> problems) {
        AnalyzerConfig.Builder b = AnalyzerConfig.builder();
        problems.addAll(text(s).applyTo(b));
        return b.build();
    }

    /** The settings as the preference text both IDEs parse the same way. */
    static PreferenceText text(Settings s) {
        return new PreferenceText(s.dialect, s.profiles, s.disabledRules, s.thresholds, s.partitionColumns);
    }

    static List<String> splitList(String s) {
        return PreferenceText.list(s);
    }

    static List<String> dialects() {
        List<String> out = new ArrayList<>();
        for (Dialect d : Dialect.values()) out.add(d.label());
        return Arrays.asList(out.toArray(new String[0]));
    }
}
