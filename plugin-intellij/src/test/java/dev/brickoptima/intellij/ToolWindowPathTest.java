package dev.brickoptima.intellij;

import com.intellij.mock.MockApplication;
import com.intellij.mock.MockProject;
import com.intellij.openapi.actionSystem.AnActionEvent;
import com.intellij.openapi.actionSystem.CommonDataKeys;
import com.intellij.openapi.actionSystem.DataContext;
import com.intellij.openapi.actionSystem.Presentation;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.editor.CaretModel;
import com.intellij.openapi.editor.Editor;
import com.intellij.openapi.editor.SelectionModel;
import com.intellij.openapi.progress.EmptyProgressIndicator;
import com.intellij.openapi.project.Project;
import com.intellij.openapi.wm.ToolWindow;
import com.intellij.openapi.wm.ToolWindowManager;
import com.intellij.psi.PsiFile;
import com.intellij.ui.content.Content;
import com.intellij.ui.content.ContentFactory;
import com.intellij.ui.content.ContentManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.swing.JComponent;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Analyze SQL action's path in the 183 core: the action reads the editor into a background task, and the task's
 * result reaches the BrickOptima tool window through ToolWindowManager, ContentManager (the
 * {@code removeAllContents(boolean)} that once returned the wrong type) and ContentFactory. The tool window classes
 * the IDE provides are test recorders here ({@code Recording*}), the editor a proxy ({@code proxyEditor}): the 183 core
 * has no window system or editor.
 */
class ToolWindowPathTest {
    static CoreJavaEnvironment env;
    static RecordingContentManager contents = new RecordingContentManager();
    static RecordingToolWindow window = new RecordingToolWindow();

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment();
        ((MockProject) env.project).registerService(ToolWindowManager.class, new ToolWindowManager() {
            @Override
            public ToolWindow getToolWindow(String id) {
                return id.equals(ResultsToolWindow.ID) ? window : null;
            }
        });
        ((MockApplication) ApplicationManager.getApplication()).registerService(ContentFactory.class,
            (ContentFactory) (component, displayName, isLockable) -> new RecordedContent(component, displayName));
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    @Test
    void analyzeSqlShowsTheFindingsInTheToolWindow() throws Exception {
        String text = "class D { void f(java.sql.Statement st) throws Exception {\n  st.executeQuery(\"SELECT * FROM t WHERE x = NULL\");\n} }";
        PsiFile file = env.parse("D.java", text);
        Map<String, Object> data = new HashMap<>();
        data.put(CommonDataKeys.PROJECT.getName(), env.project);
        data.put(CommonDataKeys.PSI_FILE.getName(), file);
        data.put(CommonDataKeys.EDITOR.getName(), proxyEditor(null, text.indexOf("WHERE")));
        contents.added.add(new RecordedContent(new JTextArea("stale"), "old"));
        AnActionEvent e = AnActionEvent.createFromDataContext("EditorPopup", new Presentation(), (DataContext) data::get);

        // the action reads the editor and queues its task; the 183 core's progress manager runs a queued task but
        // never delivers its completion, so the task the action builds is run here the way the platform runs it:
        // run(indicator) in the background, then onSuccess() on the UI thread
        BackgroundAnalysis task = new AnalyzeSqlAction().task(e);
        assertThat(task.isCancellable()).isTrue();
        Thread worker = new Thread(() -> task.run(new EmptyProgressIndicator()));
        worker.start();
        worker.join(20_000);
        javax.swing.SwingUtilities.invokeAndWait(task::onSuccess);

        String shown = waitForContent();
        assertThat(new ResultsToolWindow()).isInstanceOf(com.intellij.openapi.wm.ToolWindowFactory.class);
        assertThat(contents.removedAll).as("old results removed first").isEqualTo(1);
        assertThat(shown).startsWith("SQL at D.java:\n2 findings\n").contains("select-star", "null-comparison");
        assertThat(window.shown).isEqualTo(1);
    }

    /** The background task finishes on another thread in the IDE; wait for its result (bounded). */
    private static String waitForContent() throws InterruptedException {
        for (int i = 0; i < 200 && (contents.added.isEmpty() || contents.added.get(0).displayName.equals("old")); i++) Thread.sleep(50);
        assertThat(contents.added).hasSize(1);
        JComponent c = contents.added.get(0).component;
        return ((JTextArea) ((JScrollPane) c).getViewport().getView()).getText();
    }

    /** An Editor answering only what the action asks (selection, caret); the 183 core has no editor. */
    private static Editor proxyEditor(String selection, int caret) {
        SelectionModel selectionModel = proxy(SelectionModel.class, Map.of("getSelectedText", selection == null ? NULL : selection));
        CaretModel caretModel = proxy(CaretModel.class, Map.of("getOffset", caret));
        return proxy(Editor.class, Map.of("getSelectionModel", selectionModel, "getCaretModel", caretModel));
    }

    private static final Object NULL = new Object();

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            Object a = answers.get(m.getName());
            if (a == null) throw new UnsupportedOperationException(m.getName());
            return a == NULL ? null : a;
        }));
    }

    record RecordedContent(JComponent component, String displayName) implements Content {
    }

    static final class RecordingContentManager implements ContentManager {
        final List<RecordedContent> added = new ArrayList<>();
        int removedAll;

        @Override
        public synchronized void addContent(Content content) {
            added.add((RecordedContent) content);
        }

        @Override
        public synchronized void removeAllContents(boolean dispose) {
            removedAll++;
            added.clear();
        }
    }

    static final class RecordingToolWindow implements ToolWindow {
        int shown;

        @Override
        public ContentManager getContentManager() {
            return contents;
        }

        @Override
        public void show(Runnable runnable) {
            shown++;
        }
    }

    @SuppressWarnings("unused")
    private static Project project() {
        return env.project;
    }
}
