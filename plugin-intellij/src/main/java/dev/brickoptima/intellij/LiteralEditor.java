package dev.brickoptima.intellij;

import com.intellij.psi.JavaPsiFacade;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.util.PsiTreeUtil;
import dev.brickoptima.core.code.JavaStringLiteral;
import dev.brickoptima.core.finding.TextEdit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Applies text edits (offsets relative to a SQL expression, replacements as SQL text) to the string literals
 * of that expression: each replacement is escaped for the literal it lands in. Must run in a write action.
 */
final class LiteralEditor {
    private LiteralEditor() {
    }

    /** Returns false (and changes nothing) when an edit does not fall inside one literal's content. */
    static boolean apply(PsiExpression top, List<TextEdit> edits) {
        int base = top.getTextRange().getStartOffset();
        List<PsiLiteralExpression> literals = new ArrayList<>();
        if (top instanceof PsiLiteralExpression) literals.add((PsiLiteralExpression) top);
        Collection<PsiLiteralExpression> inner = PsiTreeUtil.findChildrenOfType(top, PsiLiteralExpression.class);
        literals.addAll(inner);
        List<List<TextEdit>> perLiteral = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) perLiteral.add(new ArrayList<>());
        for (TextEdit e : edits) {
            int idx = -1;
            for (int i = 0; i < literals.size(); i++) {
                PsiLiteralExpression l = literals.get(i);
                int ls = l.getTextRange().getStartOffset() - base;
                int le = l.getTextRange().getEndOffset() - base;
                // strictly inside the quotes
                if (l.getValue() instanceof String && e.start() > ls && e.end() < le) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) return false;
            int ls = literals.get(idx).getTextRange().getStartOffset() - base;
            perLiteral.get(idx).add(e.shift(-ls));
        }
        List<Runnable> replacements = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) {
            if (perLiteral.get(i).isEmpty()) continue;
            PsiLiteralExpression l = literals.get(i);
            JavaStringLiteral parsed = JavaStringLiteral.tryParse(l.getText());
            if (parsed == null) return false;
            List<TextEdit> es = perLiteral.get(i);
            es.sort(Comparator.comparingInt(TextEdit::start).reversed());
            StringBuilder sb = new StringBuilder(l.getText());
            for (TextEdit e : es) sb.replace(e.start(), e.end(), parsed.escape(e.replacement()));
            String text = sb.toString();
            replacements.add(() -> replace(l, text));
        }
        for (Runnable r : replacements) r.run();
        return true;
    }

    static PsiElement replace(PsiExpression old, String newText) {
        PsiExpression e = JavaPsiFacade.getElementFactory(old.getProject()).createExpressionFromText(newText, old);
        return old.replace(e);
    }
}
