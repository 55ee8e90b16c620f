package dev.brickoptima.eclipse.tests;

import dev.brickoptima.eclipse.markers.MarkerIds;
import dev.brickoptima.eclipse.markers.SqlMarkerResolutionGenerator;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.dom.AST;
import org.eclipse.jdt.internal.ui.javaeditor.IJavaAnnotation;
import org.eclipse.jdt.internal.ui.javaeditor.JavaMarkerAnnotation;
import org.eclipse.jdt.internal.ui.text.correction.AssistContext;
import org.eclipse.jdt.internal.ui.text.correction.JavaCorrectionProcessor;
import org.eclipse.jdt.internal.ui.text.java.IProblemRequestorExtension;
import org.eclipse.jdt.ui.JavaUI;
import org.eclipse.jdt.ui.text.java.IJavaCompletionProposal;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.IDocumentProvider;
import org.eclipse.ui.texteditor.SimpleMarkerAnnotation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Java editor shows for BrickOptima problems, through JDT UI's own editor model: the document provider the
 * Java editor uses ({@link JavaUI#getDocumentProvider()}), its annotation model connected to the document the way the
 * editor's viewer connects it, and reconciles run the way JDT's reconciling strategy runs them. There is no display, so
 * no widget paints: "shown" is what the ruler and the text painters would paint, the annotations not marked deleted.
 * A problem the last build marked and the analysis while typing finds again must be shown once, not twice.
 */
class JavaEditorAnnotationsTest {
    private static final String FIXED_SQL = "cancelled_at IS NULL";
    private static final String BROKEN_SQL = "cancelled_at = NULL";
    private static IProject project;
    private static IFile dao;
    private static String original;
    private FileEditorInput input;
    private IDocumentProvider provider;
    private IDocument doc;
    private IAnnotationModel model;
    private ICompilationUnit workingCopy;

    @BeforeAll
    static void createAndBuild() throws Exception {
        project = ShopProject.create("editor").getProject();
        ShopProject.fullBuild(project);
        dao = project.getFile("src/com/acme/shop/OrderDao.java");
        original = ShopProject.read(dao);
    }

    @AfterAll
    static void delete() throws Exception {
        project.delete(true, true, null);
    }

    /** Opens the file, as built from the sample, as the Java editor does (without its widgets). */
    @BeforeEach
    void open() throws Exception {
        if (!ShopProject.read(dao).equals(original)) { // a test saved its edit: back to the sample and its markers
            ShopProject.write(dao, original);
            ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
        }
        input = new FileEditorInput(dao);
        provider = JavaUI.getDocumentProvider();
        provider.connect(input);
        doc = provider.getDocument(input);
        model = provider.getAnnotationModel(input);
        model.connect(doc); // as the source viewer does: marker annotations appear, positions follow the text
        workingCopy = JavaUI.getWorkingCopyManager().getWorkingCopy(input);
    }

    @AfterEach
    void close() {
        model.disconnect(doc);
        provider.disconnect(input);
    }

    /**
     * A reconcile as JavaReconcilingStrategy runs it: in a thread of its own (JDT UI refuses to collect problems in the
     * thread that owns a Display, and on 2024-03 JDT UI's start-up made the test thread one), with the model active.
     */
    private void reconcile() throws Exception {
        Throwable[] failure = new Throwable[1];
        Thread reconciler = new Thread(() -> {
            IProblemRequestorExtension requestor = (IProblemRequestorExtension) model;
            requestor.setIsActive(true);
            try {
                workingCopy.reconcile(AST.getJLSLatest(), ICompilationUnit.FORCE_PROBLEM_DETECTION
                    | ICompilationUnit.ENABLE_STATEMENTS_RECOVERY | ICompilationUnit.ENABLE_BINDINGS_RECOVERY, null, null);
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                requestor.setIsActive(false);
            }
        }, "reconciler");
        reconciler.start();
        reconciler.join();
        if (failure[0] instanceof Exception) throw (Exception) failure[0];
        if (failure[0] != null) throw new AssertionError(failure[0]);
    }

    /** The marker type of a marker annotation or of the problem behind a while-typing annotation. */
    private static String markerType(Annotation a) {
        if (a instanceof IJavaAnnotation) return ((IJavaAnnotation) a).getMarkerType();
        if (a instanceof SimpleMarkerAnnotation) {
            IMarker m = ((SimpleMarkerAnnotation) a).getMarker();
            return m.exists() ? typeOf(m) : null;
        }
        return null;
    }

    private static String typeOf(IMarker m) {
        try {
            return m.getType();
        } catch (org.eclipse.core.runtime.CoreException e) {
            return null;
        }
    }

    /** The BrickOptima annotations the editor paints, in model order. */
    private List<Annotation> shownAnnotations() {
        List<Annotation> out = new ArrayList<>();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
            Annotation a = it.next();
            if (!a.isMarkedDeleted() && MarkerIds.MARKER_TYPE.equals(markerType(a))) out.add(a);
        }
        return out;
    }

    /**
     * What is shown: "marked text @offset [rule-id]", sorted; a problem shown twice appears twice. (Not the whole message:
     * one that names another line, "used at line 23", is updated by the analysis while typing and not in the marker.)
     */
    private List<String> shown() throws BadLocationException {
        List<String> out = new ArrayList<>();
        for (Annotation a : shownAnnotations()) {
            Position p = model.getPosition(a);
            out.add(describe(doc.get(p.getOffset(), p.getLength()), p.getOffset(), a.getText()));
        }
        out.sort(null);
        return out;
    }

    private static String describe(String text, int offset, String message) {
        return text + " @" + offset + " " + message.substring(message.lastIndexOf(" [") + 1);
    }

    /** What the last build marked, as {@link #shown()} describes it, with offsets moved by {@code shift} after {@code from}. */
    private List<String> marked(int from, int shift) throws Exception {
        String src = ShopProject.read(dao);
        List<String> out = new ArrayList<>();
        for (IMarker m : ShopProject.markers(dao, MarkerIds.MARKER_TYPE)) {
            int s = m.getAttribute(IMarker.CHAR_START, -1);
            int e = m.getAttribute(IMarker.CHAR_END, -1);
            out.add(describe(src.substring(s, e), s >= from ? s + shift : s, m.getAttribute(IMarker.MESSAGE, "")));
        }
        out.sort(null);
        return out;
    }

    private static long count(List<String> shown, String part) {
        return shown.stream().filter(s -> s.contains(part)).count();
    }

    @Test
    void aMarkedProblemFoundAgainWhileTypingIsShownOnce() throws Exception {
        List<String> marked = marked(0, 0);
        assertTrue(marked.size() >= 3, marked.toString());
        // opened: the build's markers, as Java problem annotations (the types the editor overlays)
        assertEquals(marked, shown());
        for (Annotation a : shownAnnotations()) {
            assertTrue(a instanceof JavaMarkerAnnotation && ((JavaMarkerAnnotation) a).isProblem(), a.getType());
        }
        // the first reconcile finds every one of them again: each still shown once, now by the fresh problem
        reconcile();
        assertEquals(marked, shown());
        for (Annotation a : shownAnnotations()) assertFalse(a instanceof JavaMarkerAnnotation, "the marker is hidden under the problem");

        // typing above moves the markers with the text and the problems are found at the new places: still once each
        int at = doc.get().indexOf("public class");
        doc.replace(at, 0, "\n\n");
        reconcile();
        assertEquals(marked(at, 2), shown());
    }

    @Test
    void aProblemFixedWhileTypingIsNoLongerShownThoughItsMarkerStaysUntilTheBuild() throws Exception {
        String problem = BROKEN_SQL + " @";
        List<String> marked = marked(0, 0);
        reconcile();
        assertEquals(1, count(shown(), problem));
        doc.replace(doc.get().indexOf(BROKEN_SQL) + "cancelled_at ".length(), 1, "IS");
        reconcile();
        // as with Java compile errors: the fresh analysis no longer finds it, and the build's marker it had hidden
        // stays hidden; the marker itself (the Problems view) goes with the next build
        List<String> shown = shown();
        assertEquals(0, count(shown, "cancelled_at"), shown.toString());
        assertEquals(marked.size() - 1, shown.size(), shown.toString());
        assertEquals(marked, marked(0, 0), "the markers change only when the file is built");

        provider.aboutToChange(input);
        provider.saveDocument(null, input, doc, true);
        provider.changed(input);
        assertTrue(ShopProject.read(dao).contains(FIXED_SQL));
        ShopProject.build(project, IncrementalProjectBuilder.INCREMENTAL_BUILD);
        assertEquals(marked.size() - 1, marked(0, 0).size());
        reconcile();
        assertEquals(marked(0, 0), shown());
    }

    @Test
    void ctrl1OnWhatTheEditorShowsOffersTheMarkersFixes() throws Exception {
        IMarker marker = ShopProject.markers(dao, MarkerIds.MARKER_TYPE).stream()
            .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("'" + BROKEN_SQL + "'")).findFirst().orElseThrow();
        List<String> expected = new ArrayList<>();
        for (IMarkerResolution r : new SqlMarkerResolutionGenerator().getResolutions(marker)) expected.add(r.getLabel());
        assertFalse(expected.isEmpty());
        // on the build's marker (before any reconcile), then on the problem found while typing that replaced it
        assertEquals(expected, quickFixesAt(doc.get().indexOf(BROKEN_SQL)));
        reconcile();
        assertEquals(expected, quickFixesAt(doc.get().indexOf(BROKEN_SQL)));
    }

    /** What JDT UI's correction processor proposes for the shown annotations at {@code offset}, as Ctrl+1 asks it. */
    private List<String> quickFixesAt(int offset) {
        List<Annotation> at = new ArrayList<>();
        for (Annotation a : shownAnnotations()) {
            Position p = model.getPosition(a);
            if (p.includes(offset)) at.add(a);
        }
        assertEquals(1, at.size(), "one annotation at the problem");
        Position p = model.getPosition(at.get(0));
        List<IJavaCompletionProposal> proposals = new ArrayList<>();
        JavaCorrectionProcessor.collectProposals(new AssistContext(workingCopy, p.getOffset(), p.getLength()), model,
            at.toArray(new Annotation[0]), true, false, proposals);
        List<String> labels = new ArrayList<>();
        for (IJavaCompletionProposal proposal : proposals) labels.add(proposal.getDisplayString());
        return labels;
    }
}
