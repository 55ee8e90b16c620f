package dev.brickoptima.jvm.spark;

import java.util.List;

/**
 * One application of {@code /api/v1/applications}. {@code attemptIds} holds the attempts' ids newest first; they
 * are empty strings for a live driver and for client-mode applications, which have no attempt id.
 */
public record SparkApplication(String id, String name, List<String> attemptIds, boolean completed, String sparkVersion) {

    public SparkApplication {
        attemptIds = List.copyOf(attemptIds);
    }

    /** The application segment of REST paths: {@code id}, or {@code id/attemptId} when the newest attempt has an id. */
    public String apiPath() {
        return attemptIds.isEmpty() || attemptIds.get(0).isEmpty() ? id : id + "/" + attemptIds.get(0);
    }
}
