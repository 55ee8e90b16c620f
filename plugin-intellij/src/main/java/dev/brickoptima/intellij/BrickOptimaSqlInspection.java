package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalInspectionTool;
import com.intellij.codeInspection.ProblemsHolder;
import com.intellij.psi.JavaElementVisitor;
import com.intellij.psi.PsiAnnotation;
import com.intellij.psi.PsiElementVisitor;
import com.intellij.psi.PsiLiteralExpression;
import com.intellij.psi.PsiMethodCallExpression;

/** SQL rules on SQL in Java string literals (sinks, annotations, literals that clearly are SQL). */
public class BrickOptimaSqlInspection extends LocalInspectionTool {
    public static final String SHORT_NAME = "BrickOptimaSql";

    @Override
    public String getShortName() {
        return SHORT_NAME;
    }

    @Override
    public PsiElementVisitor buildVisitor(ProblemsHolder holder, boolean isOnTheFly) {
        SqlChecker checker = new SqlChecker(holder, mode(), BrickOptimaSettings.getInstance(holder.getProject()));
        return new JavaElementVisitor() {
            @Override
            public void visitMethodCallExpression(PsiMethodCallExpression call) {
                super.visitMethodCallExpression(call);
                checker.visitCall(call);
            }

            @Override
            public void visitAnnotation(PsiAnnotation annotation) {
                super.visitAnnotation(annotation);
                checker.visitAnnotation(annotation);
            }

            @Override
            public void visitLiteralExpression(PsiLiteralExpression expression) {
                checker.visitLiteral(expression);
            }
        };
    }

    SqlChecker.Mode mode() {
        return SqlChecker.Mode.RULES;
    }
}
