package dev.brickoptima.intellij;

import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.codeInspection.QuickFix;
import com.intellij.openapi.application.ApplicationManager;
import com.intellij.openapi.command.CommandProcessor;
import com.intellij.openapi.util.TextRange;
import com.intellij.psi.PsiFile;
import dev.brickoptima.core.code.ExpectedFindings;
import dev.brickoptima.core.finding.Location;
import dev.brickoptima.core.text.LineIndex;
import dev.brickoptima.jvm.code.JavaFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared Java fixture set (fixtures/java) through IntelliJ's PSI (183 core) and both inspections: the same
 * findings and fixes as the CLI and Eclipse, and each fix, applied as the IDE applies a quick fix, compiles (javac)
 * and removes its finding. Text blocks and switch expressions are beyond the 183 parser: the fixtures marked
 * {@link JavaFixtures#JAVA_17_MARK} run in the JDT hosts only.
 */
class PsiFixtureTest {
    static CoreJavaEnvironment env;
    @TempDir
    static Path work;

    @BeforeAll
    static void setUp() {
        env = new CoreJavaEnvironment(JavaFixtures.STUBS);
    }

    @AfterAll
    static void tearDown() {
        env.close();
    }

    static List<ProblemDescriptor> inspect(PsiFile f) {
        List<ProblemDescriptor> all = new ArrayList<>(env.inspect(new BrickOptimaSqlInspection(), f));
        all.addAll(env.inspect(new BrickOptimaSqlInjectionInspection(), f));
        return all;
    }

    static String rule(ProblemDescriptor d) {
        String m = d.getDescriptionTemplate();
        return m.substring(m.lastIndexOf('[') + 1, m.length() - 1);
    }

    static Location location(ProblemDescriptor d) {
        TextRange r = d.getTextRangeInElement().shiftRight(d.getPsiElement().getTextRange().getStartOffset());
        LineIndex lines = new LineIndex(d.getPsiElement().getContainingFile().getText());
        return new Location(r.getStartOffset(), r.getEndOffset(), lines.line(r.getStartOffset()), lines.column(r.getStartOffset()),
            lines.line(r.getEndOffset()), lines.column(r.getEndOffset()), null);
    }

    static List<String> findings(List<ProblemDescriptor> ds) {
        List<String> out = new ArrayList<>();
        for (ProblemDescriptor d : ds) out.add(ExpectedFindings.describe(rule(d), location(d)));
        Collections.sort(out);
        return out;
    }

    static List<ApplyEditsFix> fixes(ProblemDescriptor d) {
        List<ApplyEditsFix> out = new ArrayList<>();
        for (QuickFix<?> q : d.getFixes()) if (q instanceof ApplyEditsFix) out.add((ApplyEditsFix) q);
        return out;
    }

    static boolean runsHere(String name) {
        return !JavaFixtures.needsJava17(JavaFixtures.read(JavaFixtures.SOURCES.resolve(name)));
    }

    @Test
    void everyFixtureReportsExactlyTheMarkedFindings() {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            if (!runsHere(f.getKey())) continue;
            List<String> actual = findings(inspect(env.parse(f.getKey(), f.getValue())));
            if (!actual.equals(JavaFixtures.expected(f.getValue()))) mismatches.add(f.getKey() + ": expected " + JavaFixtures.expected(f.getValue()) + " but got " + actual);
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theQuickFixesAreTheGoldenFixes() {
        List<String> offered = new ArrayList<>();
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            if (!runsHere(f.getKey())) continue;
            List<ProblemDescriptor> ds = new ArrayList<>(inspect(env.parse(f.getKey(), f.getValue())));
            ds.sort((a, b) -> Integer.compare(location(a).start(), location(b).start()) != 0 ? Integer.compare(location(a).start(), location(b).start())
                : rule(a).compareTo(rule(b)));
            for (ProblemDescriptor d : ds) {
                for (ApplyEditsFix fix : fixes(d)) {
                    boolean suppression = fix.getName().startsWith("Suppress '");
                    offered.add(ExpectedFindings.fixLine(f.getKey(), rule(d), location(d), fix.fix(), suppression));
                }
            }
        }
        List<String> golden = JavaFixtures.expectedFixes().stream().filter(l -> runsHere(l.substring(0, l.indexOf(' ')))).toList();
        assertThat(offered).isEqualTo(golden);
    }

    @Test
    void eachQuickFixAppliedInThePsiCompilesAndRemovesItsFinding() {
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> f : JavaFixtures.sources().entrySet()) {
            if (!runsHere(f.getKey())) continue;
            int count = fixCount(env.parse(f.getKey(), f.getValue()));
            for (int i = 0; i < count; i++) {
                PsiFile file = env.parse(f.getKey(), f.getValue());
                List<ProblemDescriptor> ds = inspect(file);
                ProblemDescriptor d = null;
                ApplyEditsFix fix = null;
                int k = 0;
                for (ProblemDescriptor x : ds) for (ApplyEditsFix y : fixes(x)) if (k++ == i) { d = x; fix = y; }
                String rule = rule(d);
                long before = ds.stream().filter(x -> rule(x).equals(rule)).count();
                String what = f.getKey() + " " + ExpectedFindings.describe(rule, location(d)) + " '" + fix.getName() + "'";
                apply(d, fix);
                String fixed = file.getText();
                if (fixed.equals(f.getValue())) problems.add(what + " changed nothing");
                String errors = JavaFixtures.compiles(f.getKey(), fixed, work.resolve("fix" + n++));
                if (errors != null) problems.add(what + " does not compile:\n" + fixed + "\n" + errors);
                long after = inspect(env.parse(f.getKey(), fixed)).stream().filter(x -> rule(x).equals(rule)).count();
                if (after >= before) problems.add(what + " leaves the finding");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static int fixCount(PsiFile f) {
        int n = 0;
        for (ProblemDescriptor d : inspect(f)) n += fixes(d).size();
        return n;
    }

    /** As the IDE applies a quick fix: in a command, in a write action. */
    static void apply(ProblemDescriptor d, ApplyEditsFix fix) {
        CommandProcessor.getInstance().executeCommand(env.project,
            () -> ApplicationManager.getApplication().runWriteAction(() -> fix.applyFix(env.project, d)), fix.getName(), null);
    }
}
