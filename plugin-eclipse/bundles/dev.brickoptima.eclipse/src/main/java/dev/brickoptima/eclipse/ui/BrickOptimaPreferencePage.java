package dev.brickoptima.eclipse.ui;

import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Preferences > BrickOptima: the workspace settings (projects without their own settings use these). */
public final class BrickOptimaPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
    public BrickOptimaPreferencePage() {
        super(GRID);
        setDescription("BrickOptima finds performance and correctness problems in SQL inside Java code and in Spark plans.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SettingsKeys.QUALIFIER));
    }

    @Override
    protected void createFieldEditors() {
        SettingsFields.create(getFieldEditorParent(), this::addField);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        // markers follow the new settings: re-analyse the Java projects that use the workspace settings
        for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
            try {
                if (p.isOpen() && p.hasNature(JavaCore.NATURE_ID) && !dev.brickoptima.eclipse.settings.ProjectSettings.useProject(p)) {
                    MarkerFixes.rebuild(p);
                }
            } catch (CoreException e) {
                // a project that closed meanwhile needs no re-analysis
            }
        }
        return ok;
    }
}
