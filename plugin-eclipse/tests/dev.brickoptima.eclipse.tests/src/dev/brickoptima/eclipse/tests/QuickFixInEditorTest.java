package dev.brickoptima.eclipse.tests;

import dev.brickoptima.eclipse.markers.MarkerIds;
import dev.brickoptima.eclipse.markers.SqlMarkerResolutionGenerator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.JavaCore;
import org.eclipse.jdt.core.compiler.CategorizedProblem;
import org.eclipse.jdt.internal.ui.javaeditor.JavaMarkerAnnotation;
import org.eclipse.jdt.internal.ui.text.correction.AssistContext;
import org.eclipse.jdt.internal.ui.text.correction.JavaCorrectionProcessor;
import org.eclipse.jdt.internal.ui.text.correction.ProblemLocation;
import org.eclipse.jdt.ui.text.java.IJavaCompletionProposal;
import org.eclipse.jdt.ui.text.java.IProblemLocation;
import org.eclipse.jface.text.Document;
import org.eclipse.ui.IMarkerResolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl+1 in the Java editor, as far as it runs without a display: JDT UI's own correction processor (the one the
 * editor's quick assist calls) is asked for the proposals of a BrickOptima problem found while typing and of the marker
 * the build made, with the problem locations the editor builds from its annotations. Both must offer what the marker's
 * quick fixes in the Problems view offer, and the proposal must fix the document.
 */
class QuickFixInEditorTest {
    private static final String FIXED = "DELETE FROM orders WHERE cancelled_at IS NULL";
    private static IProject project;
    private static IFile dao;

    @BeforeAll
    static void createAndBuild() throws Exception {
        project = ShopProject.create("quickfix").getProject();
        ShopProject.fullBuild(project);
        dao = project.getFile("src/com/acme/shop/OrderDao.java");
    }

    @AfterAll
    static void delete() throws Exception {
        project.delete(true, true, null);
    }

    private static IMarker nullComparisonMarker() throws Exception {
        String src = ShopProject.read(dao);
        for (IMarker m : ShopProject.markers(dao, MarkerIds.MARKER_TYPE)) {
            int s = m.getAttribute(IMarker.CHAR_START, -1);
            if ("null-comparison".equals(m.getAttribute(MarkerIds.RULE_ID, "")) && src.startsWith("cancelled_at = NULL", s)) return m;
        }
        throw new AssertionError("no null-comparison marker on cancelled_at = NULL");
    }

    /** What JDT UI's correction processor (every registered quick fix processor that handles the location) proposes. */
    private static List<IJavaCompletionProposal> corrections(ICompilationUnit cu, IProblemLocation location) {
        List<IJavaCompletionProposal> out = new ArrayList<>();
        JavaCorrectionProcessor.collectCorrections(new AssistContext(cu, location.getOffset(), location.getLength()),
            new IProblemLocation[] {location}, out);
        return out;
    }

    private static List<String> labels(List<IJavaCompletionProposal> proposals) {
        List<String> out = new ArrayList<>();
        for (IJavaCompletionProposal p : proposals) out.add(p.getDisplayString());
        return out;
    }

    private static List<String> problemsViewLabels(IMarker m) {
        List<String> out = new ArrayList<>();
        for (IMarkerResolution r : new SqlMarkerResolutionGenerator().getResolutions(m)) out.add(r.getLabel());
        return out;
    }

    @Test
    void ctrl1OnAProblemFoundWhileTypingOffersTheFixesAndAppliesThem() throws Exception {
        ICompilationUnit cu = JavaCore.createCompilationUnitFrom(dao);
        String[] typed = new String[1];
        // typing moves the SQL: a blank line above the class
        List<CategorizedProblem> problems = Reconcile.problems(cu, src -> typed[0] = src.replace("public class", "\npublic class"));
        CategorizedProblem p = problems.stream().filter(x -> x.getMessage().endsWith("[null-comparison]")
            && typed[0].startsWith("cancelled_at = NULL", x.getSourceStart())).findFirst().orElseThrow();
        List<IJavaCompletionProposal> proposals = corrections(cu, new ProblemLocation(p));
        assertEquals(problemsViewLabels(nullComparisonMarker()), labels(proposals));

        Document doc = new Document(typed[0]);
        proposals.get(0).apply(doc);
        assertTrue(doc.get().contains("prepareStatement(\"" + FIXED + "\")"), doc.get());
        assertEquals(typed[0].length() + " IS NULL".length() - " = NULL".length(), doc.get().length(), "only the SQL changed");
    }

    @Test
    void ctrl1OnTheBuildsMarkerOffersTheSameAndRefusesWhenTheTextChanged() throws Exception {
        IMarker m = nullComparisonMarker();
        int start = m.getAttribute(IMarker.CHAR_START, -1);
        int length = m.getAttribute(IMarker.CHAR_END, -1) - start;
        ProblemLocation location = new ProblemLocation(start, length, new JavaMarkerAnnotation(m));
        assertEquals(MarkerIds.MARKER_TYPE, location.getMarkerType());
        List<IJavaCompletionProposal> proposals = corrections(JavaCore.createCompilationUnitFrom(dao), location);
        assertEquals(problemsViewLabels(m), labels(proposals));

        String src = ShopProject.read(dao);
        Document doc = new Document(src);
        proposals.get(0).apply(doc);
        assertTrue(doc.get().contains(FIXED), doc.get());
        // typed over since the build: the proposal changes nothing rather than the wrong text
        Document edited = new Document(src.replace("cancelled_at = NULL", "cancelled_on = NULL"));
        proposals.get(0).apply(edited);
        assertFalse(edited.get().contains("IS NULL\")"), edited.get());
    }
}
