package dev.brickoptima.core.sql;

/** Maps an offset within a literal's content to an offset in the host's source (e.g. through Java escapes). */
public interface OffsetMapper {
    OffsetMapper IDENTITY = offset -> offset;

    int toSource(int contentOffset);
}
