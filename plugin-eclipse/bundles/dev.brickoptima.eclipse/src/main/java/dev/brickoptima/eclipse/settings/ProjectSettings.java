package dev.brickoptima.eclipse.settings;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.PreferenceText;
import dev.brickoptima.jvm.code.JavaSqlAnalyzers;
import dev.brickoptima.jvm.config.ConfigLookup;
import dev.brickoptima.jvm.config.ProjectConfig;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings in force for a project: its own (project scope) when "project specific settings" is on, else the
 * workspace's (instance scope), else defaults. The configuration of a file is its {@code brickoptima.yml} files
 * ({@link ConfigFiles}) with these preferences applied on top, as IntelliJ does. Analyzers are cached per distinct
 * preferences and files, so unchanged settings cost nothing per file.
 */
public final class ProjectSettings {
    private record Key(Map<String, String> values, ProjectConfig files) {
    }

    private static final Map<Key, JavaSqlAnalyzer> ANALYZERS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, JavaSqlAnalyzer> e) {
            return size() > 8;
        }
    };

    private final Map<String, String> values;

    private ProjectSettings(Map<String, String> values) {
        this.values = values;
    }

    /** Settings for {@code project}; workspace settings when {@code project} is null. */
    public static ProjectSettings of(IProject project) {
        IScopeContext[] scopes = useProject(project)
            ? new IScopeContext[] {new ProjectScope(project), InstanceScope.INSTANCE, DefaultScope.INSTANCE}
            : new IScopeContext[] {InstanceScope.INSTANCE, DefaultScope.INSTANCE};
        Map<String, String> v = new LinkedHashMap<>();
        for (String key : SettingsKeys.ALL) v.put(key, Platform.getPreferencesService().getString(SettingsKeys.QUALIFIER, key, null, scopes));
        return new ProjectSettings(v);
    }

    public static boolean useProject(IProject project) {
        return project != null && project.isAccessible()
            && new ProjectScope(project).getNode(SettingsKeys.QUALIFIER).getBoolean(SettingsKeys.PROJECT_SPECIFIC, false);
    }

    public String get(String key) {
        String v = values.get(key);
        return v == null ? SettingsKeys.defaultValue(key) : v;
    }

    public boolean enabled() {
        return Boolean.parseBoolean(get(SettingsKeys.ENABLED).trim());
    }

    /** The preference text, parsed the way both IDEs parse it. */
    public PreferenceText text() {
        return preferenceText(this::get);
    }

    public static PreferenceText preferenceText(java.util.function.UnaryOperator<String> get) {
        return new PreferenceText(get.apply(SettingsKeys.DIALECT), get.apply(SettingsKeys.PROFILES), get.apply(SettingsKeys.DISABLED_RULES),
            get.apply(SettingsKeys.THRESHOLDS), get.apply(SettingsKeys.PARTITION_COLUMNS));
    }

    /** The preferences alone on top of the defaults (for text that belongs to no file). */
    public AnalyzerConfig config() {
        return config(ConfigLookup.defaults());
    }

    /** The configuration for analysing {@code resource}: its brickoptima.yml files, then these preferences on top. */
    public AnalyzerConfig config(IResource resource) {
        return config(ConfigFiles.forResource(resource));
    }

    private AnalyzerConfig config(ProjectConfig files) {
        AnalyzerConfig.Builder b = files.builder();
        text().applyTo(b);
        return b.build();
    }

    /** The SQL-in-Java analyzer for {@code resource} (shared: analyzers are immutable and thread-safe). */
    public JavaSqlAnalyzer analyzer(IResource resource) {
        ProjectConfig files = ConfigFiles.forResource(resource);
        Key key = new Key(values, files);
        synchronized (ANALYZERS) {
            JavaSqlAnalyzer a = ANALYZERS.get(key);
            if (a == null) {
                a = JavaSqlAnalyzers.bounded(config(files), Boolean.parseBoolean(get(SettingsKeys.HEURISTIC_LITERALS).trim()));
                ANALYZERS.put(key, a);
            }
            return a;
        }
    }

    /**
     * Adds {@code ruleId} to the disabled rules where the project's settings live (project scope when it has its
     * own, else the workspace) and saves.
     */
    public static void disableRule(IProject project, String ruleId) throws BackingStoreException {
        IEclipsePreferences node = useProject(project)
            ? new ProjectScope(project).getNode(SettingsKeys.QUALIFIER)
            : InstanceScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        node.put(SettingsKeys.DISABLED_RULES, PreferenceText.withItem(node.get(SettingsKeys.DISABLED_RULES, ""), ruleId));
        node.flush();
    }
}
