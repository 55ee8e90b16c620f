package dev.brickoptima.eclipse.quickfix;

import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.markers.SqlMarkerResolutionGenerator;
import dev.brickoptima.eclipse.settings.ProjectSettings;
import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.ui.text.java.IJavaCompletionProposal;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.osgi.service.prefs.BackingStoreException;

/** Turns the rule off in the settings the project uses and re-analyses it; the document is not edited. */
final class DisableRuleProposal implements IJavaCompletionProposal {
    private final IProject project;
    private final String ruleId;

    DisableRuleProposal(IProject project, String ruleId) {
        this.project = project;
        this.ruleId = ruleId;
    }

    @Override
    public void apply(IDocument document) {
        try {
            ProjectSettings.disableRule(project, ruleId);
            MarkerFixes.rebuild(project);
        } catch (BackingStoreException e) {
            // preferences could not be saved; the rule stays on
        }
    }

    @Override
    public int getRelevance() {
        return 1;
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return SqlMarkerResolutionGenerator.DisableRuleResolution.description(ruleId);
    }

    @Override
    public String getDisplayString() {
        return SqlMarkerResolutionGenerator.DisableRuleResolution.label(ruleId);
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }
}
