package dev.brickoptima.eclipse.markers;

/** The BrickOptima problem marker type and its attributes (declared in plugin.xml). */
public final class MarkerIds {
    /**
     * Subtype of org.eclipse.jdt.core.problem (so the Java editor hides a build marker under the while-typing problem at
     * the same place), problemmarker and textmarker; managed by the Java builder.
     */
    public static final String MARKER_TYPE = "dev.brickoptima.eclipse.sqlproblem";
    /** Stable rule id of the finding ("select-star"). */
    public static final String RULE_ID = "ruleId";
    /** The core's severity label (info, warning, error); IMarker.SEVERITY holds the Eclipse equivalent. */
    public static final String RULE_SEVERITY = "brickoptimaSeverity";
    /** Explanation of why and how to fix. */
    public static final String DETAIL = "detail";
    /** The fixes, encoded by {@link FixCodec}, in source offsets as of analysis time. */
    public static final String FIXES = "fixes";
    /** The "suppress for this statement" edit, encoded by {@link FixCodec}. */
    public static final String SUPPRESSION = "suppression";
    /** Source start when analysed: fix offsets are relative to the file then. */
    public static final String ANALYSED_START = "analysedStart";
    /** The source text of [CHAR_START, CHAR_END) when analysed, to detect a file that changed since. */
    public static final String ANALYSED_TEXT = "analysedText";

    private MarkerIds() {
    }
}
