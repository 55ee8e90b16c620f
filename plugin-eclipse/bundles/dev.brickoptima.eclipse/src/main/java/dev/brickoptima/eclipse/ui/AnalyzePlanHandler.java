package dev.brickoptima.eclipse.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.handlers.HandlerUtil;

import java.util.List;

/** "Analyze Spark plan": the selected text as a Spark physical plan, analysed in a background job. */
public final class AnalyzePlanHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        if (!(sel instanceof ITextSelection) || ((ITextSelection) sel).getText() == null || ((ITextSelection) sel).getText().isBlank()) {
            ResultsView.publish("Select the text of a Spark physical plan first", List.of(), null);
            return null;
        }
        ITextSelection text = (ITextSelection) sel;
        IFile file = AnalyzeSqlHandler.editorFile(HandlerUtil.getActiveEditor(event));
        String plan = text.getText();
        AnalyzeSqlHandler.schedule("BrickOptima: analysing Spark plan", file,
            () -> Analyses.plan(file, plan, text.getOffset(), text.getStartLine() + 1));
        return null;
    }
}
