package dev.brickoptima.eclipse.ui;

import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.eclipse.analysis.JavaSqlProblem;
import dev.brickoptima.eclipse.settings.ProjectSettings;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * "Analyze SQL with BrickOptima": in a Java editor the string literal (or concatenation) under the cursor, or the
 * selected text; in other text editors the selection or the whole document; on a selected .sql file its content.
 * The UI thread only collects the input; analysis runs in a background job and the results go to {@link ResultsView}.
 */
public final class AnalyzeSqlHandler extends AbstractHandler {
    /** Files larger than this are not read into memory for an interactive analysis. */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        ISelection sel = HandlerUtil.getCurrentSelection(event);
        ITextEditor text = editor == null ? null : editor.getAdapter(ITextEditor.class);
        if (sel instanceof IStructuredSelection && !sel.isEmpty()) {
            IFile file = Adapters.adapt(((IStructuredSelection) sel).getFirstElement(), IFile.class);
            if (file != null) {
                schedule("BrickOptima: analysing " + file.getName(), () -> analyseFile(file));
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
                schedule("BrickOptima: analysing SQL", () -> analyseEditor(file, content, ts));
                return null;
            }
        }
        ResultsView.publish("Nothing to analyse: open a Java or SQL editor, or select a .sql file", List.of(), null);
        return null;
    }

    static IFile editorFile(IEditorPart editor) {
        return editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
    }

    private static void schedule(String name, Runnable work) {
        Job job = Job.create(name, monitor -> {
            work.run();
            return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
        });
        job.setPriority(Job.SHORT);
        job.schedule();
    }

    private static void analyseFile(IFile file) {
        try {
            if (file.getLocation() != null && file.getLocation().toFile().length() > MAX_FILE_BYTES) {
                ResultsView.publish(file.getName() + " is larger than 20 MB and was not analysed", List.of(), file);
                return;
            }
            String content;
            try (InputStream in = file.getContents()) {
                content = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
            }
            ResultsView.publish(file.getName(), script(file.getProject(), content, 0, 1), file);
        } catch (CoreException | java.io.IOException | RuntimeException e) {
            ResultsView.publish(file.getName() + " could not be read", List.of(), file);
        }
    }

    private static void analyseEditor(IFile file, String content, ITextSelection ts) {
        IProject project = file == null ? null : file.getProject();
        boolean selected = ts != null && ts.getLength() > 0;
        if (file != null && file.getName().endsWith(".java")) {
            CompilationUnit cu = parseJava(project, file, content);
            int offset = ts == null ? 0 : ts.getOffset();
            List<JavaSqlProblem> found = ProjectSettings.of(project).scanner().scanAt(cu, content, offset);
            if (found != null && (!selected || insideOneString(cu, ts))) {
                List<ResultEntry> entries = new ArrayList<>();
                for (JavaSqlProblem p : found) entries.add(ResultEntry.of(p));
                ResultsView.publish(file.getName() + ", SQL string at line " + cu.getLineNumber(offset), entries, file);
                return;
            }
            if (!selected) {
                ResultsView.publish("No SQL string at the cursor: put the cursor in a string literal, or select SQL text", List.of(), file);
                return;
            }
        }
        if (selected) {
            ResultsView.publish("Selected SQL", script(project, ts.getText(), ts.getOffset(), ts.getStartLine() + 1), file);
        } else {
            ResultsView.publish(file == null ? "SQL document" : file.getName(), script(project, content, 0, 1), file);
        }
    }

    private static boolean insideOneString(CompilationUnit cu, ITextSelection ts) {
        org.eclipse.jdt.core.dom.ASTNode n = org.eclipse.jdt.core.dom.NodeFinder.perform(cu, ts.getOffset(), ts.getLength());
        return n instanceof org.eclipse.jdt.core.dom.StringLiteral || n instanceof org.eclipse.jdt.core.dom.TextBlock
            || n != null && n.getParent() instanceof org.eclipse.jdt.core.dom.StringLiteral;
    }

    private static List<ResultEntry> script(IProject project, String sql, int baseOffset, int baseLine) {
        SqlAnalysis analysis = new BoundedSqlAnalyzer(ProjectSettings.of(project).config()).analyze(sql);
        List<ResultEntry> entries = new ArrayList<>();
        for (Finding f : analysis.findings()) entries.add(ResultEntry.of(f, baseOffset, baseLine));
        return entries;
    }

    private static CompilationUnit parseJava(IProject project, IFile file, String content) {
        ASTParser parser = ASTParser.newParser(AST.getJLSLatest());
        parser.setKind(ASTParser.K_COMPILATION_UNIT);
        IJavaProject jp = project == null ? null : JavaCore.create(project);
        if (jp != null && jp.exists()) {
            parser.setProject(jp);
            parser.setUnitName(file.getFullPath().toString());
            parser.setResolveBindings(true);
            parser.setBindingsRecovery(true);
        } else {
            java.util.Map<String, String> options = JavaCore.getOptions();
            JavaCore.setComplianceOptions(JavaCore.latestSupportedJavaVersion(), options);
            parser.setCompilerOptions(options);
        }
        parser.setSource(content.toCharArray());
        return (CompilationUnit) parser.createAST(null);
    }
}
