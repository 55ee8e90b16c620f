package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.openapi.project.Project;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import dev.brickoptima.core.finding.TextEdit;

import java.util.List;

/** Applies a core {@code Fix}'s text edits to the SQL literal(s). */
final class ApplyEditsFix implements LocalQuickFix {
    private final String description;
    private final List<TextEdit> edits;
    private final String expectedText;

    ApplyEditsFix(String description, List<TextEdit> edits, String expectedText) {
        this.description = description;
        this.edits = List.copyOf(edits);
        this.expectedText = expectedText;
    }

    @Override
    public String getName() {
        return description;
    }

    @Override
    public String getFamilyName() {
        return "BrickOptima: apply SQL fix";
    }

    @Override
    public void applyFix(Project project, ProblemDescriptor descriptor) {
        // a fix on code that changed in the meantime must not reach the IDE's error reporter
        SqlChecker.guard(() -> apply(project, descriptor));
    }

    private void apply(Project project, ProblemDescriptor descriptor) {
        PsiElement e = descriptor.getPsiElement();
        // the edits were computed for this text; if the code changed since, do nothing
        if (!(e instanceof PsiExpression) || !e.getText().equals(expectedText)) return;
        LiteralEditor.apply((PsiExpression) e, edits);
    }
}
