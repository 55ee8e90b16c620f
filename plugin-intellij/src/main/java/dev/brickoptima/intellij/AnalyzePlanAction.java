package dev.brickoptima.intellij;

import com.intellij.openapi.actionSystem.ActionUpdateThread;
import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.ide.CopyPasteManager;
import com.intellij.openapi.project.Project;
import dev.brickoptima.core.ide.PlanSelection;

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
        String planText = text;
        String from = source;
        new BackgroundAnalysis(project, "Analyzing Spark plan with BrickOptima", indicator -> analyze(planText, from, project)).queue();
    }

    static String analyze(String planText, String source, Project project) {
        PlanSelection.Result r = PlanSelection.analyze(planText, source, BrickOptimaSettings.getInstance(project).config());
        return r.problem() != null ? r.problem() : FindingsText.render(r.heading() + ":", null, r.findings());
    }
}
