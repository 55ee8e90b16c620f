package dev.brickoptima.intellij;

import com.intellij.openapi.actionSystem.ActionUpdateThread;
import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.ide.CopyPasteManager;
import com.intellij.openapi.project.Project;
import dev.brickoptima.core.plan.PlanAnalysis;
import dev.brickoptima.core.plan.PlanAnalyzer;

import java.awt.datatransfer.DataFlavor;

/** "Analyze Spark Plan with BrickOptima": plan text from the selection, else from the clipboard. */
public final class AnalyzePlanAction extends AnAction {

    public ActionUpdateThread getActionUpdateThread() {
        return ActionUpdateThread.BGT;
    }

    @Override
    public void update(AnActionEvent e) {
        e.getPresentation().setEnabledAndVisible(e.getProject() != null);
    }

    @Override
    public void actionPerformed(AnActionEvent e) {
        Project project = e.getProject();
        if (project == null) return;
        Editor editor = e.getData(CommonDataKeys.EDITOR);
        String text = editor == null ? null : editor.getSelectionModel().getSelectedText();
        String source = "selection";
        if (text == null || text.isBlank()) {
            text = CopyPasteManager.getInstance().getContents(DataFlavor.stringFlavor);
            source = "clipboard";
        }
        ResultsToolWindow.show(project, analyze(text, source, project));
    }

    static String analyze(String planText, String source, Project project) {
        if (planText == null || planText.isBlank()) return "Select Spark plan text (EXPLAIN FORMATTED output, or the Spark UI's Details block) or copy it to the clipboard.";
        try {
            PlanAnalysis a = new PlanAnalyzer(BrickOptimaSettings.getInstance(project).config()).analyzeText(planText);
            return FindingsText.render(a.kindLabel() + " from the " + source + ":", null, a.findings());
        } catch (RuntimeException ex) {
            return "The " + source + " does not hold a Spark plan BrickOptima can read: " + ex.getMessage();
        }
    }
}
