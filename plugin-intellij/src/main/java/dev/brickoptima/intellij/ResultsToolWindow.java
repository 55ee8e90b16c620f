package dev.brickoptima.intellij;

import com.intellij.openapi.project.DumbAware;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.wm.ToolWindow;
import com.intellij.openapi.wm.ToolWindowFactory;
import com.intellij.openapi.wm.ToolWindowManager;
import com.intellij.ui.content.Content;
import com.intellij.ui.content.ContentFactory;

import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.awt.Font;

/** The "BrickOptima" tool window: the findings of the last Analyze action. */
public final class ResultsToolWindow implements ToolWindowFactory, DumbAware {
    public static final String ID = "BrickOptima";

    @Override
    public void createToolWindowContent(Project project, ToolWindow toolWindow) {
        toolWindow.getContentManager().addContent(content("Run \"Analyze SQL with BrickOptima\" from the editor's context menu."));
    }

    private static Content content(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, area.getFont().getSize()));
        return ContentFactory.getInstance().createContent(new JScrollPane(area), "Findings", false);
    }

    /** Shows {@code text} in the tool window (on the UI thread). */
    static void show(Project project, String text) {
        ToolWindow w = ToolWindowManager.getInstance(project).getToolWindow(ID);
        if (w == null) return;
        w.getContentManager().removeAllContents(true);
        w.getContentManager().addContent(content(text));
        w.show(null);
    }
}
