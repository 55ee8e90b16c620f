package dev.brickoptima.intellij;

import com.intellij.codeInspection.LocalInspectionTool;
import com.intellij.codeInspection.ProblemsHolder;
import com.intellij.psi.JavaElementVisitor;
import com.intellij.psi.PsiElementVisitor;
import com.intellij.psi.PsiJavaFile;

/** SQL rules on SQL in Java string literals (sinks, annotations, literals that clearly are SQL). */
public class BrickOptimaSqlInspection extends LocalInspectionTool {
    public static final String SHORT_NAME = "BrickOptimaSql";

    @Override
    public String getShortName() {
        return SHORT_NAME;
    }

    /** The file is analysed as a whole (sinks first, then the heuristic, constants once): in one visit of the file. */
    @Override
    public PsiElementVisitor buildVisitor(ProblemsHolder holder, boolean isOnTheFly) {
        return new JavaElementVisitor() {
            @Override
            public void visitJavaFile(PsiJavaFile file) {
                JavaSqlInspector.report(holder, file, injection());
            }
        };
    }

    boolean injection() {
        return false;
    }
}
