package dev.brickoptima.eclipse.ui;

import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.settings.SettingsKeys;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.IWorkbenchPropertyPage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * Project > Properties > BrickOptima: project settings, stored in the project (.settings, so they can be shared
 * through version control) and used instead of the workspace's when "Enable project specific settings" is on.
 */
public final class BrickOptimaPropertyPage extends FieldEditorPreferencePage implements IWorkbenchPropertyPage {
    private IAdaptable element;

    public BrickOptimaPropertyPage() {
        super(GRID);
        setDescription("Settings for this project. Off: the workspace settings (Preferences > BrickOptima) apply.");
    }

    private IProject project() {
        return Adapters.adapt(element, IProject.class);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        ScopedPreferenceStore store = new ScopedPreferenceStore(new ProjectScope(project()), SettingsKeys.QUALIFIER);
        // unset project values show the workspace's
        store.setSearchContexts(new IScopeContext[] {new ProjectScope(project()), InstanceScope.INSTANCE});
        return store;
    }

    @Override
    protected void createFieldEditors() {
        addField(new BooleanFieldEditor(SettingsKeys.PROJECT_SPECIFIC, "&Enable project specific settings", getFieldEditorParent()));
        SettingsFields.create(getFieldEditorParent(), this::addField);
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        IProject p = project();
        if (p != null && p.isOpen()) MarkerFixes.rebuild(p);
        return ok;
    }

    @Override
    public IAdaptable getElement() {
        return element;
    }

    @Override
    public void setElement(IAdaptable element) {
        this.element = element;
    }
}
