package dev.brickoptima.intellij;

import com.intellij.openapi.actionSystem.ActionUpdateThread;
import com.intellij.openapi.actionSystem.AnAction;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.application.ReadAction;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.project.Project;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiFile;
import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * "Analyze SQL with BrickOptima": the selection, else the SQL string expression under the caret, else a whole
 * {@code .sql} file, analysed in a background task; the findings go to the BrickOptima tool window.
 */
public final class AnalyzeSqlAction extends AnAction {

    /** 2022.3+ asks where update() runs; it only reads the editor state, so a background thread is fine. */
    public ActionUpdateThread getActionUpdateThread() {
        return ActionUpdateThread.BGT;
    }

    @Override
    public void update(AnActionEvent e) {
        Editor editor = e.getData(CommonDataKeys.EDITOR);
        PsiFile file = e.getData(CommonDataKeys.PSI_FILE);
        e.getPresentation().setEnabledAndVisible(e.getProject() != null && editor != null && file != null);
    }

    @Override
    public void actionPerformed(AnActionEvent e) {
        BackgroundAnalysis task = task(e);
        if (task != null) task.queue();
    }

    /** The analysis for this event as a background task; only the editor state is read here, on the UI thread. */
    BackgroundAnalysis task(AnActionEvent e) {
        Project project = e.getProject();
        Editor editor = e.getData(CommonDataKeys.EDITOR);
        PsiFile file = e.getData(CommonDataKeys.PSI_FILE);
        if (project == null || editor == null || file == null) return null;
        String selected = editor.getSelectionModel().getSelectedText();
        int offset = editor.getCaretModel().getOffset();
        return new BackgroundAnalysis(project, "Analyzing SQL with BrickOptima", indicator -> selected != null && !selected.isBlank()
            ? ReadAction.compute(() -> analyzeText("Selection", selected, project, file))
            : ReadAction.compute(() -> analyzeAt(file, offset, project)));
    }

    /** Findings for the SQL at {@code offset} of {@code file}: the string expression there, or the whole .sql file. */
    static String analyzeAt(PsiFile file, int offset, Project project) {
        PsiCodeView view = new PsiCodeView(file);
        PsiElement literal = view.stringLiteralAt(offset);
        if (literal != null) {
            List<Finding> findings = new ArrayList<>();
            for (CodeFinding f : BrickOptimaSettings.getInstance(project).analyzer(file).analyzeAt(view, literal, FileDatabase.of(file))) findings.add(f.finding());
            return FindingsText.render("SQL at " + file.getName() + ":", file.getText(), findings);
        }
        if (file.getName().endsWith(".sql")) return analyzeText(file.getName(), file.getText(), project, file);
        return "Put the caret on a SQL string literal, select SQL text, or open a .sql file.";
    }

    /** {@code sql} as a script, with the configuration of {@code file} (null: the IDE settings alone). */
    static String analyzeText(String title, String sql, Project project, PsiFile file) {
        try {
            List<Finding> findings = new BoundedSqlAnalyzer(BrickOptimaSettings.getInstance(project).config(file)).analyze(sql).findings();
            return FindingsText.render(title + ":", sql, findings);
        } catch (RuntimeException ex) {
            return title + ": analysis failed: " + ex;
        }
    }
}
