package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalQuickFix;
import com.intellij.codeInspection.ProblemDescriptor;
import com.intellij.openapi.project.Project;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.util.PsiTreeUtil;
import dev.brickoptima.core.code.JavaStringLiteral;
import dev.brickoptima.core.finding.TextEdit;
import dev.brickoptima.core.sql.Suppressions;

import java.util.ArrayList;
import java.util.List;

/** "Suppress for this statement": puts {@code /* brickoptima:ignore rule-id * /} at the start of the SQL. */
final class SuppressInSqlFix implements LocalQuickFix {
    private final String ruleId;
    private final String expectedText;

    SuppressInSqlFix(String ruleId, String expectedText) {
        this.ruleId = ruleId;
        this.expectedText = expectedText;
    }

    @Override
    public String getName() {
        return "Suppress '" + ruleId + "' for this statement";
    }

    @Override
    public String getFamilyName() {
        return "BrickOptima: suppress for statement";
    }

    /** The comment inserted before the statement. */
    static String comment(String ruleId) {
        return "/* " + Suppressions.MARKER + " " + ruleId + " */ ";
    }

    @Override
    public void applyFix(Project project, ProblemDescriptor descriptor) {
        // a fix on code that changed in the meantime must not reach the IDE's error reporter
        SqlChecker.guard(() -> apply(project, descriptor));
    }

    private void apply(Project project, ProblemDescriptor descriptor) {
        PsiElement e = descriptor.getPsiElement();
        if (!(e instanceof PsiExpression) || !e.getText().equals(expectedText)) return;
        PsiExpression top = (PsiExpression) e;
        List<PsiLiteralExpression> literals = new ArrayList<>();
        if (top instanceof PsiLiteralExpression) literals.add((PsiLiteralExpression) top);
        literals.addAll(PsiTreeUtil.findChildrenOfType(top, PsiLiteralExpression.class));
        for (PsiLiteralExpression l : literals) {
            if (!(l.getValue() instanceof String)) continue;
            JavaStringLiteral parsed = JavaStringLiteral.tryParse(l.getText());
            if (parsed == null) return;
            String content = parsed.content();
            int first = 0;
            while (first < content.length() && Character.isWhitespace(content.charAt(first))) first++;
            if (first == content.length()) continue;
            int at = l.getTextRange().getStartOffset() - top.getTextRange().getStartOffset() + parsed.toSource(first);
            LiteralEditor.apply(top, List.of(new TextEdit(at, at, comment(ruleId))));
            return;
        }
    }
}
