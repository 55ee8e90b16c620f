package dev.brickoptima.eclipse.settings;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Puts the defaults in the default scope, so preference pages can restore them. */
public final class PreferenceDefaults extends AbstractPreferenceInitializer {
    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences node = DefaultScope.INSTANCE.getNode(SettingsKeys.QUALIFIER);
        for (String key : SettingsKeys.ALL) node.put(key, SettingsKeys.defaultValue(key));
        node.putBoolean(SettingsKeys.PROJECT_SPECIFIC, false);
    }
}
