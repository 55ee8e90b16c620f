package dev.brickoptima.core.finding;

/**
 * Where a finding is: a half-open offset range into the analyzed input, the 1-based line and column
 * of its start and end, and, for plan findings, the operator id (null for SQL).
 */
public record Location(int start, int end, int line, int column, int endLine, int endColumn, String operatorId) {

    public static Location ofOperator(String operatorId) {
        return new Location(0, 0, 1, 1, 1, 1, operatorId);
    }

    public Location withOperator(String id) {
        return new Location(start, end, line, column, endLine, endColumn, id);
    }
}
