package dev.brickoptima.intellij;

import com.intellij.psi.PsiAssignmentExpression;
import com.intellij.psi.PsiCodeBlock;
import com.intellij.psi.PsiElement;
import com.intellij.psi.PsiExpression;
import com.intellij.psi.PsiExpressionList;
import com.intellij.psi.PsiLocalVariable;
import com.intellij.psi.PsiMethodCallExpression;
import com.intellij.psi.PsiReferenceExpression;
import com.intellij.psi.util.PsiTreeUtil;
import com.intellij.psi.util.PsiUtil;

/** SQL held in a local variable: {@code String sql = "..." + x; st.executeQuery(sql);}. */
final class LocalSql {
    private LocalSql() {
    }

    /** The initializer of the local variable {@code arg} names, when it is never reassigned; else null. */
    static PsiExpression initializerOf(PsiExpression arg) {
        PsiExpression e = PsiUtil.skipParenthesizedExprDown(arg);
        if (!(e instanceof PsiReferenceExpression)) return null;
        PsiElement target = ((PsiReferenceExpression) e).resolve();
        if (!(target instanceof PsiLocalVariable)) return null;
        PsiLocalVariable v = (PsiLocalVariable) target;
        PsiExpression init = v.getInitializer();
        if (init == null) return null;
        PsiCodeBlock scope = PsiTreeUtil.getParentOfType(v, PsiCodeBlock.class);
        if (scope == null) return null;
        for (PsiAssignmentExpression a : PsiTreeUtil.findChildrenOfType(scope, PsiAssignmentExpression.class)) {
            PsiExpression lhs = PsiUtil.skipParenthesizedExprDown(a.getLExpression());
            if (lhs instanceof PsiReferenceExpression && ((PsiReferenceExpression) lhs).resolve() == v) return null;
        }
        return init;
    }

    /** Whether {@code expr} initializes a local variable that is passed to a SQL sink (it is checked there). */
    static boolean flowsToSink(PsiExpression expr) {
        if (!(expr.getParent() instanceof PsiLocalVariable)) return false;
        PsiLocalVariable v = (PsiLocalVariable) expr.getParent();
        PsiCodeBlock scope = PsiTreeUtil.getParentOfType(v, PsiCodeBlock.class);
        if (scope == null) return false;
        for (PsiReferenceExpression ref : PsiTreeUtil.findChildrenOfType(scope, PsiReferenceExpression.class)) {
            if (!(ref.getParent() instanceof PsiExpressionList) || !(ref.getParent().getParent() instanceof PsiMethodCallExpression)) continue;
            if (ref.resolve() == v && SinkResolver.of(ref) != null && initializerOf(ref) == expr) return true;
        }
        return false;
    }
}
