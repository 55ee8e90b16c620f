package dev.brickoptima.eclipse.settings;

import dev.brickoptima.core.config.AnalyzerConfig;
import dev.brickoptima.eclipse.analysis.JavaSqlScanner;
import org.eclipse.core.resources.IProject;
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
 * workspace's (instance scope), else defaults. Scanners are cached per distinct settings, so unchanged settings
 * cost nothing per file.
 */
public final class ProjectSettings {
    private static final Map<String, JavaSqlScanner> SCANNERS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, JavaSqlScanner> e) {
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
        return ConfigParser.value(values::get, key);
    }

    public boolean enabled() {
        return ConfigParser.bool(values::get, SettingsKeys.ENABLED);
    }

    public AnalyzerConfig config() {
        return ConfigParser.parse(values::get);
    }

    /** A scanner for these settings (shared: scanners are immutable and thread-safe). */
    public JavaSqlScanner scanner() {
        String key = values.toString();
        synchronized (SCANNERS) {
            JavaSqlScanner s = SCANNERS.get(key);
            if (s == null) {
                s = new JavaSqlScanner(config(), ConfigParser.bool(values::get, SettingsKeys.HEURISTIC_LITERALS), 10_000);
                SCANNERS.put(key, s);
            }
            return s;
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
        node.put(SettingsKeys.DISABLED_RULES, ConfigParser.withRule(node.get(SettingsKeys.DISABLED_RULES, ""), ruleId));
        node.flush();
    }
}
