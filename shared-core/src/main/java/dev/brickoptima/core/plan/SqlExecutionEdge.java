package dev.brickoptima.core.plan;

/** A REST graph edge: data flows from {@code fromId} (child) to {@code toId} (parent). */
public record SqlExecutionEdge(long fromId, long toId) {
}
