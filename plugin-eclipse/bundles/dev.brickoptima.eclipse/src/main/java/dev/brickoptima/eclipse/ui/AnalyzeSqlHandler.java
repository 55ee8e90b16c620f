package dev.brickoptima.eclipse.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import java.util.List;
import java.util.function.Supplier;

/**
 * "Analyze SQL with BrickOptima": in a Java editor the string literal (or concatenation) under the cursor, or the
 * selected text; in other text editors the selection or the whole document; on a selected .sql file its content.
 * The UI thread only collects the input; {@link Analyses} runs in a background job and the results go to
 * {@link ResultsView}.
 */
public final class AnalyzeSqlHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
        if (sel instanceof IStructuredSelection && !sel.isEmpty()) {
            IFile file = Adapters.adapt(((IStructuredSelection) sel).getFirstElement(), IFile.class);
            if (file != null) {
                schedule("BrickOptima: analysing " + file.getName(), file, () -> Analyses.sqlFile(file));
                return null;
            }
        }
        if (text != null && text.getDocumentProvider() != null) {
            IDocument doc = text.getDocumentProvider().getDocument(text.getEditorInput());
            ITextSelection ts = sel instanceof ITextSelection ? (ITextSelection) sel
                : (ITextSelection) text.getSelectionProvider().getSelection();
            if (doc != null) {
                IFile file = editorFile(editor);
                String content = doc.get();
                int offset = ts == null ? 0 : ts.getOffset();
                int length = ts == null ? 0 : ts.getLength();
                int line = ts == null ? 1 : ts.getStartLine() + 1;
                schedule("BrickOptima: analysing SQL", file, () -> Analyses.editor(file, content, offset, length, line));
                return null;
            }
        }
        ResultsView.publish("Nothing to analyse: open a Java or SQL editor, or select a .sql file", List.of(), null);
        return null;
    }

    static IFile editorFile(IEditorPart editor) {
        return editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
    }

    /** Runs {@code work} in a background job and shows its result unless the job was cancelled. */
    static void schedule(String name, IFile file, Supplier<Analyses.Result> work) {
        Job job = Job.create(name, monitor -> {
            Analyses.Result r = work.get();
            if (monitor.isCanceled()) return Status.CANCEL_STATUS;
            ResultsView.publish(r.heading(), r.entries(), file);
            return Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }
}
