package dev.brickoptima.eclipse.quickfix;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.eclipse.markers.MarkerIds;
import dev.brickoptima.eclipse.markers.QuickFixArguments;
import org.eclipse.core.resources.IProject;
import org.eclipse.jdt.core.ICompilationUnit;
import org.eclipse.jdt.core.compiler.IProblem;
import org.eclipse.jdt.ui.text.java.IInvocationContext;
import org.eclipse.jdt.ui.text.java.IJavaCompletionProposal;
import org.eclipse.jdt.ui.text.java.IProblemLocation;
import org.eclipse.jdt.ui.text.java.IQuickFixProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * Ctrl+1 in the Java editor on a BrickOptima problem, whether it was found while typing (an editor annotation) or by
 * the last build (a marker, which the editor hides under the newer annotation): the same fixes, suppression and
 * "disable rule" as the marker's quick fixes in the Problems view. Registered for the BrickOptima marker type only
 * (plugin.xml), so JDT asks it about nothing else.
 */
public final class SqlQuickFixProcessor implements IQuickFixProcessor {
    @Override
    public boolean hasCorrections(ICompilationUnit unit, int problemId) {
        return problemId == IProblem.ExternalProblemFixable || problemId == IProblem.ExternalProblemNotFixable;
    }

    @Override
    public IJavaCompletionProposal[] getCorrections(IInvocationContext context, IProblemLocation[] locations) {
        List<IJavaCompletionProposal> out = new ArrayList<>();
        IProject project = context.getCompilationUnit() == null ? null : context.getCompilationUnit().getJavaProject().getProject();
        for (IProblemLocation location : locations) {
            if (!MarkerIds.MARKER_TYPE.equals(location.getMarkerType())) continue;
            QuickFixArguments args = QuickFixArguments.decode(location.getProblemArguments());
            if (args == null) continue;
            int relevance = 10;
            for (Fix fix : args.fixes()) out.add(new SqlFixProposal(fix, location.getOffset(), args, relevance--));
            if (args.suppression() != null) out.add(new SqlFixProposal(args.suppression(), location.getOffset(), args, 2));
            if (project != null) out.add(new DisableRuleProposal(project, args.ruleId()));
        }
        return out.toArray(new IJavaCompletionProposal[0]);
    }
}
