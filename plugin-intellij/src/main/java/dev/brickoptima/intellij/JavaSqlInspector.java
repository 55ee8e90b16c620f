package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemHighlightType;
import com.intellij.codeInspection.ProblemsHolder;
import com.intellij.openapi.diagnostic.Logger;
import com.intellij.openapi.progress.ProcessCanceledException;
import com.intellij.openapi.progress.ProgressManager;
import com.intellij.openapi.util.TextRange;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiFile;
import dev.brickoptima.core.code.CodeFinding;
import dev.brickoptima.core.code.InjectionCheck;
import dev.brickoptima.core.code.JavaSqlAnalyzer;
import dev.brickoptima.core.config.Dialect;
import dev.brickoptima.core.finding.Fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Runs the core's SQL-in-Java analysis on a file and registers its findings: SQL rules in one inspection, SQL injection
 * in the other. Never lets an exception other than cancellation reach the IDE.
 */
final class JavaSqlInspector {
    private static final Logger LOG = Logger.getInstance(JavaSqlInspector.class);

    private JavaSqlInspector() {
    }

    /** The last analysis of each file: the two inspections share it while the file and the settings are unchanged. */
    private static final Map<PsiFile, Analysed> LAST = new WeakHashMap<>();

    private record Analysed(long stamp, JavaSqlAnalyzer analyzer, Dialect database, List<CodeFinding> findings) {
    }

    /** Every finding of the file (cancelled with the IDE's progress). */
    static List<CodeFinding> analyze(PsiFile file, BrickOptimaSettings settings) {
        return analyze(file, settings.analyzer(file));
    }

    /**
     * Every finding of the file with {@code analyzer}, SQL read in the dialect of the database the file's project talks
     * to (its build file's JDBC driver) unless the configuration declares one.
     */
    static List<CodeFinding> analyze(PsiFile file, JavaSqlAnalyzer analyzer) {
        long stamp = file.getModificationStamp();
        Dialect database = FileDatabase.of(file);
        synchronized (LAST) {
            Analysed a = LAST.get(file);
            if (a != null && a.stamp() == stamp && a.analyzer() == analyzer && a.database() == database) return a.findings();
        }
        List<CodeFinding> findings = analyzer.analyze(new PsiCodeView(file), database, () -> {
            ProgressManager.checkCanceled();
            return false;
        });
        synchronized (LAST) {
            LAST.put(file, new Analysed(stamp, analyzer, database, findings));
        }
        return findings;
    }

    /**
     * Registers the findings of one kind: injection ({@code sql-injection}) or the SQL rules (everything else). The
     * highlight follows the severity the user's inspection profile gives the inspection (GENERIC_ERROR_OR_WARNING),
     * never a fixed one.
     */
    static void report(ProblemsHolder holder, PsiFile file, boolean injection) {
        guard(() -> {
            String text = file.getText();
            BrickOptimaSettings settings = BrickOptimaSettings.getInstance(file.getProject());
            String configProblem = injection ? null : settings.configProblem(file);
            if (configProblem != null && text.length() > 0) {
                // an unusable brickoptima.yml: said once at the top of the file; the findings below use the IDE settings
                PsiElement first = elementAt(file, 0, 1);
                holder.registerProblem(first, configProblem, ProblemHighlightType.GENERIC_ERROR_OR_WARNING,
                    clamp(0, first.getTextLength(), first.getTextLength()), LocalQuickFix.EMPTY_ARRAY);
            }
            for (CodeFinding f : analyze(file, settings)) {
                if (f.ruleId().equals(InjectionCheck.METADATA.id()) != injection) continue;
                PsiElement at = elementAt(file, f.start(), f.end());
                int base = at.getTextRange().getStartOffset();
                TextRange range = clamp(f.start() - base, f.end() - base, at.getTextLength());
                List<LocalQuickFix> fixes = new ArrayList<>();
                String analysed = text.substring(f.start(), f.end());
                for (Fix fix : f.edits()) fixes.add(new ApplyEditsFix(fix, f.start(), analysed, text.length()));
                if (f.suppression() != null) fixes.add(new ApplyEditsFix(f.suppression(), f.start(), analysed, text.length()));
                fixes.add(new DisableRuleFix(f.ruleId()));
                holder.registerProblem(at, f.finding().message() + " [" + f.ruleId() + "]", ProblemHighlightType.GENERIC_ERROR_OR_WARNING, range,
                    fixes.toArray(LocalQuickFix.EMPTY_ARRAY));
            }
        });
    }

    /** The smallest element holding [start, end). */
    private static PsiElement elementAt(PsiFile file, int start, int end) {
        PsiElement e = file.findElementAt(start);
        while (e != null && !(e instanceof PsiFile) && e.getTextRange().getEndOffset() < end) e = e.getParent();
        return e == null ? file : e;
    }

    /** A non-empty range inside [0, length). */
    static TextRange clamp(int start, int end, int length) {
        int s = Math.max(0, Math.min(start, length));
        int e = Math.max(s, Math.min(end, length));
        if (e == s) {
            if (e < length) e++;
            else if (s > 0) s--;
        }
        return new TextRange(s, e);
    }

    /** Runs a check or fix; bad input must never reach the IDE's error reporter, cancellation must pass through. */
    static void guard(Runnable r) {
        try {
            r.run();
        } catch (ProcessCanceledException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            LOG.info("BrickOptima: analysis skipped: " + e, e);
            if (Boolean.getBoolean("brickoptima.debug")) e.printStackTrace();
        }
    }
}
