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
import java.util.Comparator;
import java.util.List;

/** Applies a core fix (file edits: a rule's fix, a bind-parameter rewrite, a suppression comment) to the document. */
final class ApplyEditsFix implements LocalQuickFix {
    private final Fix fix;
    private final int start;
    private final String analysedText;
    private final int analysedLength;

    /** {@code analysedText} is the finding's text at {@code start} when analysed; the fix does nothing if it changed. */
    ApplyEditsFix(Fix fix, int start, String analysedText, int analysedLength) {
        this.fix = fix;
        this.start = start;
        this.analysedText = analysedText;
        this.analysedLength = analysedLength;
    }

    Fix fix() {
        return fix;
    }

    @Override
    public String getName() {
        return fix.description();
    }

    @Override
    public String getFamilyName() {
        return "BrickOptima: " + fix.description();
    }

    @Override
    public void applyFix(Project project, ProblemDescriptor descriptor) {
        // a fix on code that changed in the meantime must not reach the IDE's error reporter
        JavaSqlInspector.guard(() -> apply(project, descriptor.getPsiElement().getContainingFile()));
    }

    private void apply(Project project, PsiFile file) {
        PsiDocumentManager documents = PsiDocumentManager.getInstance(project);
        Document doc = documents.getDocument(file);
        CharSequence now = doc != null ? doc.getCharsSequence() : file.getText();
        // the edits were computed for this text: if the file changed since, do nothing
        if (now.length() != analysedLength || !now.subSequence(start, start + analysedText.length()).toString().equals(analysedText)) return;
        if (doc != null) {
            List<TextEdit> edits = new ArrayList<>(fix.edits());
            edits.sort(Comparator.comparingInt(TextEdit::start).reversed());
            for (TextEdit e : edits) doc.replaceString(e.start(), e.end(), e.replacement());
            documents.commitDocument(doc);
            if (file.getText().contentEquals(doc.getCharsSequence())) return;
        }
        // no document, or one the platform could not commit (a headless core environment): edit the PSI itself
        String fixed = fix.applyTo(now.toString());
        PsiFile copy = PsiFileFactory.getInstance(project).createFileFromText(file.getName(), file.getFileType(), fixed);
        file.deleteChildRange(file.getFirstChild(), file.getLastChild());
        file.addRange(copy.getFirstChild(), copy.getLastChild());
    }
}
