package dev.brickoptima.core.sql;

/** Maps an offset within a literal's content to an offset in the host's source (e.g. through Java escapes). */
public interface OffsetMapper {
    OffsetMapper IDENTITY = offset -> offset;

    int toSource(int contentOffset);

    /**
     * Source offset for the END of a range ending at {@code contentOffset}: just after the previous char's source.
     * Differs from {@link #toSource} where source text between two chars is dropped (text block indentation).
     */
    default int toSourceEnd(int contentOffset) {
        return toSource(contentOffset);
    }
}
