package dev.brickoptima.eclipse.quickfix;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.eclipse.markers.MarkerFixes;
import dev.brickoptima.eclipse.markers.QuickFixArguments;
import org.eclipse.jdt.ui.text.java.IJavaCompletionProposal;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/** One of the engine's fixes (or the suppression comment) applied to the editor's document, undoable there. */
final class SqlFixProposal implements IJavaCompletionProposal {
    private final Fix fix;
    private final int start;
    private final QuickFixArguments args;
    private final int relevance;

    SqlFixProposal(Fix fix, int start, QuickFixArguments args, int relevance) {
        this.fix = fix;
        this.start = start;
        this.args = args;
        this.relevance = relevance;
    }

    Fix fix() {
        return fix;
    }

    /** Nothing changes when the problem's text is no longer what was analysed (typed over since). */
    @Override
    public void apply(IDocument document) {
        MarkerFixes.apply(document, fix, start, args.analysedStart(), args.analysedText());
    }

    @Override
    public int getRelevance() {
        return relevance;
    }

    @Override
    public Point getSelection(IDocument document) {
        return null;
    }

    @Override
    public String getAdditionalProposalInfo() {
        return "BrickOptima: " + fix.description();
    }

    @Override
    public String getDisplayString() {
        return fix.description();
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
