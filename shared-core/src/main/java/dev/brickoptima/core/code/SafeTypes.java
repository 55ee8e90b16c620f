package dev.brickoptima.core.code;

import java.util.Set;

/**
 * Types whose text cannot carry a quote, so concatenating their value into SQL cannot change the statement:
 * primitives except {@code char}, their boxes, other numbers, UUIDs, dates and times ({@code java.time},
 * {@code java.sql}, {@code java.util.Date}), enums, and the null literal.
 */
public final class SafeTypes {
    private static final Set<String> NAMES = Set.of("java.lang.Integer", "java.lang.Long", "java.lang.Short",
        "java.lang.Byte", "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.math.BigDecimal",
        "java.math.BigInteger", "java.util.UUID", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
        "java.time.OffsetDateTime", "java.time.ZonedDateTime", "java.time.Instant", "java.time.Duration", "java.time.Year",
        "java.time.YearMonth", "java.time.Period", "java.lang.Number", "java.util.concurrent.atomic.AtomicInteger",
        "java.util.concurrent.atomic.AtomicLong", "java.sql.Date", "java.sql.Time", "java.sql.Timestamp", "java.util.Date");

    private SafeTypes() {
    }

    public static boolean isSafe(JavaType t) {
        if (t == null) return false;
        // the null literal: pasted, it is the text "null" (JDT names its type "null", IntelliJ makes it a primitive)
        if (t.name().equals("null")) return true;
        if (t.primitive()) return !t.name().equals("char");
        return t.enumType() || NAMES.contains(t.name());
    }
}
