package dev.brickoptima.eclipse.markers;

import dev.brickoptima.core.finding.Fix;
import dev.brickoptima.core.finding.Severity;
import dev.brickoptima.core.code.CodeFinding;
import org.eclipse.jdt.core.compiler.CategorizedProblem;
import org.eclipse.jdt.core.compiler.IProblem;

import java.util.List;

/**
 * A BrickOptima finding handed to JDT: while reconciling it becomes an editor annotation, during a build JDT turns
 * it into a {@link MarkerIds#MARKER_TYPE} marker with the extra attributes below (rule id, severity, fixes).
 */
public final class SqlCategorizedProblem extends CategorizedProblem {
    private static final String[] EXTRA_NAMES = {MarkerIds.RULE_ID, MarkerIds.RULE_SEVERITY, MarkerIds.DETAIL,
        MarkerIds.FIXES, MarkerIds.SUPPRESSION, MarkerIds.ANALYSED_START, MarkerIds.ANALYSED_TEXT};

    private final char[] fileName;
    private final CodeFinding problem;
    private final String analysedText;
    private int start;
    private int end; // inclusive, as JDT wants
    private int line;

    public SqlCategorizedProblem(char[] fileName, CodeFinding problem, String source) {
        this.fileName = fileName;
        this.problem = problem;
        this.start = problem.start();
        this.end = Math.max(problem.start(), problem.end()) - 1;
        if (end < start) end = start;
        this.line = problem.finding().location().line();
        int s = Math.max(0, Math.min(problem.start(), source.length()));
        int e = Math.max(s, Math.min(problem.end(), source.length()));
        this.analysedText = source.substring(s, Math.min(e, s + 2_000));
    }

    public CodeFinding problem() {
        return problem;
    }

    @Override
    public int getCategoryID() {
        return CAT_POTENTIAL_PROGRAMMING_PROBLEM;
    }

    @Override
    public String getMarkerType() {
        return MarkerIds.MARKER_TYPE;
    }

    @Override
    public String[] getExtraMarkerAttributeNames() {
        return EXTRA_NAMES.clone();
    }

    @Override
    public Object[] getExtraMarkerAttributeValues() {
        List<Fix> suppression = problem.suppression() == null ? List.of() : List.of(problem.suppression());
        return new Object[] {problem.ruleId(), severity().label(), limit(problem.finding().detail()),
            FixCodec.encode(problem.edits()), FixCodec.encode(suppression), Integer.valueOf(problem.start()), analysedText};
    }

    private static String limit(String s) {
        if (s == null) return "";
        return s.length() > 8_000 ? s.substring(0, 8_000) : s;
    }

    private Severity severity() {
        return problem.finding().severity();
    }

    /** The quick fix data ({@link QuickFixArguments}), for the Java editor's Ctrl+1 on this problem or its marker. */
    @Override
    public String[] getArguments() {
        return new QuickFixArguments(problem.ruleId(), problem.edits(), problem.suppression(), problem.start(), analysedText).encode();
    }

    @Override
    public int getID() {
        return problem.edits().isEmpty() ? IProblem.ExternalProblemNotFixable : IProblem.ExternalProblemFixable;
    }

    @Override
    public String getMessage() {
        return problem.finding().message() + " [" + problem.ruleId() + "]";
    }

    @Override
    public char[] getOriginatingFileName() {
        return fileName;
    }

    @Override
    public int getSourceStart() {
        return start;
    }

    @Override
    public int getSourceEnd() {
        return end;
    }

    @Override
    public int getSourceLineNumber() {
        return line;
    }

    @Override
    public boolean isError() {
        return severity() == Severity.ERROR;
    }

    @Override
    public boolean isWarning() {
        return severity() == Severity.WARNING;
    }

    @Override
    public boolean isInfo() {
        return severity() == Severity.INFO;
    }

    @Override
    public void setSourceEnd(int sourceEnd) {
        this.end = sourceEnd;
    }

    @Override
    public void setSourceLineNumber(int lineNumber) {
        this.line = lineNumber;
    }

    @Override
    public void setSourceStart(int sourceStart) {
        this.start = sourceStart;
    }
}
