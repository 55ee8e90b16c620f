package dev.brickoptima.eclipse.ui;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;
import dev.brickoptima.eclipse.settings.ProjectSettings;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.handlers.HandlerUtil;

import java.util.ArrayList;
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
        Job job = Job.create("BrickOptima: analysing Spark plan", monitor -> {
            PlanAnalysis analysis = new PlanAnalyzer(ProjectSettings.of(file == null ? null : file.getProject()).config()).analyzeText(plan);
            if (monitor.isCanceled()) return Status.CANCEL_STATUS;
            List<ResultEntry> entries = new ArrayList<>();
            for (Finding f : analysis.findings()) entries.add(ResultEntry.of(f, text.getOffset(), text.getStartLine() + 1));
            ResultsView.publish("Spark plan" + (analysis.plan() == null ? " (not recognised as a plan)" : ""), entries, file);
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
        return null;
    }
}
