package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.openapi.editor.Document;
import com.intellij.openapi.project.Project;
import com.intellij.psi.PsiDocumentManager;
import com.intellij.psi.PsiFile;
import com.intellij.psi.PsiFileFactory;
import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.TextEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies a core fix (file edits: a rule's fix, a bind-parameter rewrite, a suppression comment) to the document.
 * Every field is a string, a number or an array of them: the IDE's intention preview runs such a fix on a copy of the
 * file (its safe-field check refuses fields of other types), so the preview shows exactly what the fix will do.
 */
final class ApplyEditsFix implements LocalQuickFix {
    private final String description;
    /** The core fix's edits, in its order. */
    private final int[] editStarts;
    private final int[] editEnds;
    private final String[] replacements;
    private final int start;
    private final String analysedText;
    private final int analysedLength;

    /** {@code analysedText} is the finding's text at {@code start} when analysed; the fix does nothing if it changed. */
    ApplyEditsFix(Fix fix, int start, String analysedText, int analysedLength) {
        this.description = fix.description();
        List<TextEdit> edits = fix.edits();
        editStarts = new int[edits.size()];
        editEnds = new int[edits.size()];
        replacements = new String[edits.size()];
        for (int i = 0; i < edits.size(); i++) {
            editStarts[i] = edits.get(i).start();
            editEnds[i] = edits.get(i).end();
            replacements[i] = edits.get(i).replacement();
        }
        this.start = start;
        this.analysedText = analysedText;
        this.analysedLength = analysedLength;
    }

    /** The core fix this applies (the edits in file offsets). */
    Fix fix() {
        List<TextEdit> edits = new ArrayList<>();
        for (int i = 0; i < editStarts.length; i++) edits.add(new TextEdit(editStarts[i], editEnds[i], replacements[i]));
        return new Fix(description, edits);
    }

    @Override
    public String getName() {
        return description;
    }

    @Override
    public String getFamilyName() {
        return "BrickOptima: " + description;
    }

    @Override
    public void applyFix(Project project, ProblemDescriptor descriptor) {
        // a fix on code that changed in the meantime must not reach the IDE's error reporter
        JavaSqlInspector.guard(() -> apply(project, descriptor.getPsiElement().getContainingFile()));
    }

    /** Edit indexes from the end of the file, so earlier offsets stay valid while applying (stable for equal starts). */
    private List<Integer> fromTheEnd() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < editStarts.length; i++) order.add(i);
        order.sort((a, b) -> Integer.compare(editStarts[b], editStarts[a]));
        return order;
    }

    private void apply(Project project, PsiFile file) {
        PsiDocumentManager documents = PsiDocumentManager.getInstance(project);
        Document doc = documents.getDocument(file);
        CharSequence now = doc != null ? doc.getCharsSequence() : file.getText();
        // the edits were computed for this text: if the file changed since, do nothing
        if (now.length() != analysedLength || !now.subSequence(start, start + analysedText.length()).toString().equals(analysedText)) return;
        if (doc != null) {
            for (int i : fromTheEnd()) doc.replaceString(editStarts[i], editEnds[i], replacements[i]);
            documents.commitDocument(doc);
            if (file.getText().contentEquals(doc.getCharsSequence())) return;
        }
        // no document, or one the platform could not commit (a headless core environment): edit the PSI itself
        StringBuilder fixed = new StringBuilder(now);
        for (int i : fromTheEnd()) fixed.replace(editStarts[i], editEnds[i], replacements[i]);
        PsiFile copy = PsiFileFactory.getInstance(project).createFileFromText(file.getName(), file.getFileType(), fixed);
        file.deleteChildRange(file.getFirstChild(), file.getLastChild());
        file.addRange(copy.getFirstChild(), copy.getLastChild());
    }
}
