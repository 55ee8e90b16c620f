package dev.brickoptima.eclipse;

import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.SqlPrefilter;
import dev.brickoptima.jdt.JdtCodeView;
import dev.brickoptima.eclipse.markers.SqlCategorizedProblem;
import dev.brickoptima.eclipse.settings.ProjectSettings;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jdt.core.IJavaProject;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.compiler.BuildContext;
import org.eclipse.jdt.core.compiler.CategorizedProblem;
import org.eclipse.jdt.core.compiler.CompilationParticipant;
import org.eclipse.jdt.core.compiler.ReconcileContext;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.core.dom.ASTParser;
import org.eclipse.jdt.core.dom.CompilationUnit;

import java.util.List;
import java.util.Map;

/**
 * Runs BrickOptima on Java sources as JDT compiles them: on reconcile (while typing; problems become editor
 * annotations) and on build (problems become {@code dev.brickoptima.eclipse.sqlproblem} markers, which JDT manages
 * like its own: replaced on each build of the file). Never throws into JDT: a failure on one file is logged once
 * per session and the file gets no BrickOptima problems.
 */
public final class SqlCompilationParticipant extends CompilationParticipant {
    /** Time one file may take; the rest of a file that takes longer is skipped. */
    static final long FILE_BUDGET_MILLIS = 10_000;
    private static volatile boolean failureLogged;

    @Override
    public boolean isActive(IJavaProject project) {
        try {
            return ProjectSettings.of(project.getProject()).enabled();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void buildStarting(BuildContext[] files, boolean isBatch) {
        for (BuildContext ctx : files) {
            if (Thread.currentThread().isInterrupted()) return;
            try {
                IFile file = ctx.getFile();
                char[] contents = ctx.getContents();
                if (file == null || contents == null || !mayContainSql(contents)) continue;
                IJavaProject jp = JavaCore.create(file.getProject());
                CompilationUnit ast = parse(jp, file.getFullPath().toString(), contents);
                ctx.recordNewProblems(problems(file, ast, new String(contents)));
            } catch (RuntimeException | LinkageError e) {
                logOnce(e);
            }
        }
    }

    @Override
    public void reconcile(ReconcileContext context) {
        try {
            var wc = context.getWorkingCopy();
            IFile file = wc.getResource() instanceof IFile ? (IFile) wc.getResource() : null;
            if (file == null) return;
            String source = wc.getSource();
            if (source == null || !mayContainSql(source.toCharArray())) {
                context.putProblems(dev.brickoptima.eclipse.markers.MarkerIds.MARKER_TYPE, new CategorizedProblem[0]);
                return;
            }
            CompilationUnit ast = astOf(context, wc);
            if (ast == null) return;
            context.putProblems(dev.brickoptima.eclipse.markers.MarkerIds.MARKER_TYPE, problems(file, ast, source));
        } catch (Exception | LinkageError e) {
            logOnce(e);
        }
    }

    private static CategorizedProblem[] problems(IFile file, CompilationUnit ast, String source) {
        // work per file is bounded: cancelled with the build, or after the file budget
        long deadline = System.currentTimeMillis() + FILE_BUDGET_MILLIS;
        List<CodeFinding> found = ProjectSettings.of(file.getProject()).analyzer(file).analyze(new JdtCodeView(ast, source), FileDatabase.of(file),
            () -> Thread.currentThread().isInterrupted() || System.currentTimeMillis() > deadline);
        char[] name = file.getFullPath().toString().toCharArray();
        CategorizedProblem[] out = new CategorizedProblem[found.size()];
        for (int i = 0; i < out.length; i++) out[i] = new SqlCategorizedProblem(name, found.get(i), source);
        return out;
    }

    /** The reconciler's shared resolved AST; parsed here on JDT versions without {@code getAST(int)}. */
    private static CompilationUnit astOf(ReconcileContext context, org.eclipse.jdt.core.ICompilationUnit wc) throws Exception {
        try {
            return context.getAST(AST.getJLSLatest());
        } catch (NoSuchMethodError old) {
            ASTParser parser = ASTParser.newParser(AST.getJLSLatest());
            parser.setKind(ASTParser.K_COMPILATION_UNIT);
            parser.setSource(wc);
            parser.setResolveBindings(true);
            parser.setBindingsRecovery(true);
            return (CompilationUnit) parser.createAST(null);
        }
    }

    /** A resolved AST of {@code contents} as part of {@code project} (bindings are how sinks are recognised). */
    static CompilationUnit parse(IJavaProject project, String unitName, char[] contents) {
        ASTParser parser = ASTParser.newParser(AST.getJLSLatest());
        parser.setKind(ASTParser.K_COMPILATION_UNIT);
        Map<String, String> options = project.getOptions(true);
        parser.setCompilerOptions(options);
        parser.setProject(project);
        parser.setUnitName(unitName);
        parser.setSource(contents);
        parser.setResolveBindings(true);
        parser.setBindingsRecovery(true);
        return (CompilationUnit) parser.createAST(null);
    }

    /** Cheap pre-check before the resolved AST: see {@link SqlPrefilter}. */
    static boolean mayContainSql(char[] contents) {
        return SqlPrefilter.mayContainSql(contents);
    }

    private static void logOnce(Throwable e) {
        if (failureLogged) return;
        failureLogged = true;
        ILog log = Platform.getLog(SqlCompilationParticipant.class);
        log.log(new Status(IStatus.WARNING, "dev.brickoptima.eclipse", "BrickOptima analysis failed on a file; further failures are not logged", e));
    }
}
