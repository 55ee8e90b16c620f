package dev.brickoptima.core.eventlog;

/** The application an event log belongs to; fields the log did not carry are empty strings. */
public record ApplicationInfo(String appId, String attemptId, String appName, String sparkVersion) {
    public ApplicationInfo {
        appId = appId == null ? "" : appId;
        attemptId = attemptId == null ? "" : attemptId;
        appName = appName == null ? "" : appName;
        sparkVersion = sparkVersion == null ? "" : sparkVersion;
    }

    /** {@code appId}, or {@code appId/attemptId} when the application ran in attempts (REST path style). */
    public String displayId() {
        return attemptId.isEmpty() ? appId : appId + "/" + attemptId;
    }
}
