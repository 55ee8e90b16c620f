package dev.brickoptima.eclipse.tests;

import dev.brickoptima.eclipse.markers.MarkerIds;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.IProblemRequestor;
import org.eclipse.jdt.core.JavaModelException;
import org.eclipse.jdt.core.WorkingCopyOwner;
import org.eclipse.jdt.core.compiler.CategorizedProblem;
import org.eclipse.jdt.core.compiler.IProblem;
import org.eclipse.jdt.core.dom.AST;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Typing in a working copy, as the Java editor does: the BrickOptima problems JDT reports on reconcile. */
final class Reconcile {
    private Reconcile() {
    }

    /** The problems of {@code cu} after its text is changed by {@code typing}; the file itself is not changed. */
    static List<CategorizedProblem> problems(ICompilationUnit cu, UnaryOperator<String> typing) throws JavaModelException {
        List<CategorizedProblem> reported = new ArrayList<>();
        IProblemRequestor requestor = new IProblemRequestor() {
            @Override
            public void acceptProblem(IProblem problem) {
                if (problem instanceof CategorizedProblem && MarkerIds.MARKER_TYPE.equals(((CategorizedProblem) problem).getMarkerType())) {
                    reported.add((CategorizedProblem) problem);
                }
            }

            @Override
            public void beginReporting() {
            }

            @Override
            public void endReporting() {
            }

            @Override
            public boolean isActive() {
                return true;
            }
        };
        WorkingCopyOwner owner = new WorkingCopyOwner() {
            @Override
            public IProblemRequestor getProblemRequestor(ICompilationUnit workingCopy) {
                return requestor;
            }
        };
        ICompilationUnit wc = cu.getWorkingCopy(owner, null);
        try {
            wc.getBuffer().setContents(typing.apply(wc.getSource()));
            wc.reconcile(AST.getJLSLatest(), true, owner, null);
            return reported;
        } finally {
            wc.discardWorkingCopy();
        }
    }
}
