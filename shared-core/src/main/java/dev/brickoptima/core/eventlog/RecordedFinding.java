package dev.brickoptima.core.eventlog;

/** One finding as BrickOptima's Spark listener records it in the event log. */
public record RecordedFinding(String ruleId, String severity, String operatorId, String message) {
}
