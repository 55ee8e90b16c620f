package dev.brickoptima.eclipse.markers;

import dev.brickoptima.core.finding.Fix;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import java.util.ArrayList;
import java.util.List;

/** Quick fixes for BrickOptima markers: the core's fixes, "suppress for this statement" and "disable rule". */
public final class SqlMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {
    @Override
    public boolean hasResolutions(IMarker marker) {
        return MarkerFixes.isBrickOptima(marker);
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        if (!MarkerFixes.isBrickOptima(marker)) return new IMarkerResolution[0];
        List<IMarkerResolution> out = new ArrayList<>();
        for (Fix f : MarkerFixes.fixes(marker)) out.add(new EditResolution(f, f.description()));
        Fix suppress = MarkerFixes.suppression(marker);
        if (suppress != null) out.add(new EditResolution(suppress, suppress.description()));
        out.add(new DisableRuleResolution(MarkerFixes.ruleId(marker)));
        return out.toArray(new IMarkerResolution[0]);
    }

    /** Applies text edits to the file. */
    public static final class EditResolution implements IMarkerResolution2 {
        private final Fix fix;
        private final String label;

        EditResolution(Fix fix, String label) {
            this.fix = fix;
            this.label = label;
        }

        public Fix fix() {
            return fix;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public String getDescription() {
            return "BrickOptima: " + label;
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            try {
                MarkerFixes.apply(marker, fix);
            } catch (CoreException e) {
                // the file went away or is read-only: nothing to fix, and no dialog for it
            }
        }
    }

    /** Turns the rule off in the project's (or workspace) settings. */
    public static final class DisableRuleResolution implements IMarkerResolution2 {
        private final String ruleId;

        DisableRuleResolution(String ruleId) {
            this.ruleId = ruleId;
        }

        @Override
        public String getLabel() {
            return label(ruleId);
        }

        @Override
        public String getDescription() {
            return description(ruleId);
        }

        /** The label, shared with the editor's Ctrl+1 proposal. */
        public static String label(String ruleId) {
            return "Disable rule '" + ruleId + "'";
        }

        /** The description, shared with the editor's Ctrl+1 proposal. */
        public static String description(String ruleId) {
            return "Turns BrickOptima rule '" + ruleId + "' off in the settings this project uses (project or workspace) and re-analyses the project.";
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            try {
                MarkerFixes.disableRule(marker);
            } catch (Exception e) {
                // preferences could not be saved; the rule stays on
            }
        }
    }
}
