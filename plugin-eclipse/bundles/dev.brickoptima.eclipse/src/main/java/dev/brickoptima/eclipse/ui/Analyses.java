package dev.brickoptima.eclipse.ui;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.finding.Finding;
import dev.brickoptima.core.ide.PlanSelection;
import dev.brickoptima.core.sql.SqlAnalysis;
import dev.brickoptima.jdt.JdtCodeView;
import dev.brickoptima.eclipse.FileDatabase;
import dev.brickoptima.eclipse.settings.ProjectSettings;
import dev.brickoptima.jvm.sql.BoundedSqlAnalyzer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.NodeFinder;
import org.eclipse.jdt.core.dom.StringLiteral;
import org.eclipse.jdt.core.dom.TextBlock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * What "Analyze SQL" and "Analyze Spark plan" compute, without any UI (the handlers run these in jobs and show the
 * result): a heading and the rows for the results view. Settings are those of the file's project.
 */
public final class Analyses {
    /** Files larger than this are not read into memory for an interactive analysis. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** A heading and the findings to show. */
    public record Result(String heading, List<ResultEntry> entries) {
    }

    private Analyses() {
    }

    /** A .sql file (or any text file) as a SQL script. */
    public static Result sqlFile(IFile file) {
        try {
            if (file.getLocation() != null && file.getLocation().toFile().length() > MAX_FILE_BYTES) {
                return new Result(file.getName() + " is larger than 20 MB and was not analysed", List.of());
            }
            String content;
            try (InputStream in = file.getContents()) {
                content = new String(in.readAllBytes(), Charset.forName(file.getCharset()));
            }
            return new Result(file.getName(), script(file, content, 0, 1));
        } catch (CoreException | IOException | RuntimeException e) {
            return new Result(file.getName() + " could not be read", List.of());
        }
    }

    /**
     * An editor: in a Java file the string under the cursor (or the selection when it is not inside one string);
     * elsewhere the selection, or the whole document when nothing is selected.
     *
     * @param startLine 1-based line of the selection start
     */
    public static Result editor(IFile file, String content, int offset, int length, int startLine) {
        IProject project = file == null ? null : file.getProject();
        boolean selected = length > 0;
        if (file != null && file.getName().endsWith(".java")) {
            CompilationUnit cu = parseJava(project, file, content);
            JdtCodeView view = new JdtCodeView(cu, content);
            ASTNode literal = view.stringLiteralAt(offset);
            if (literal != null && (!selected || insideOneString(cu, offset, length))) {
                List<ResultEntry> entries = new ArrayList<>();
                for (CodeFinding f : ProjectSettings.of(project).analyzer(file).analyzeAt(view, literal, FileDatabase.of(file))) entries.add(ResultEntry.of(f.finding(), 0, 1));
                return new Result(file.getName() + ", SQL string at line " + cu.getLineNumber(offset), entries);
            }
            if (!selected) return new Result("No SQL string at the cursor: put the cursor in a string literal, or select SQL text", List.of());
        }
        if (selected) return new Result("Selected SQL", script(file, content.substring(offset, offset + length), offset, startLine));
        return new Result(file == null ? "SQL document" : file.getName(), script(file, content, 0, 1));
    }

    /** Text as a Spark physical plan; {@code offset}/{@code startLine} place it in its document. */
    public static Result plan(IFile file, String text, int offset, int startLine) {
        PlanSelection.Result r = PlanSelection.analyze(text, "selection", ProjectSettings.of(file == null ? null : file.getProject()).config(file));
        List<ResultEntry> entries = new ArrayList<>();
        for (Finding f : r.findings()) entries.add(ResultEntry.of(f, offset, startLine));
        return new Result(r.problem() != null ? r.problem() : r.heading(), entries);
    }

    private static boolean insideOneString(CompilationUnit cu, int offset, int length) {
        ASTNode n = NodeFinder.perform(cu, offset, length);
        return n instanceof StringLiteral || n instanceof TextBlock || n != null && n.getParent() instanceof StringLiteral;
    }

    private static List<ResultEntry> script(IFile file, String sql, int baseOffset, int baseLine) {
        SqlAnalysis analysis = new BoundedSqlAnalyzer(ProjectSettings.of(file == null ? null : file.getProject()).config(file)).analyze(sql);
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
