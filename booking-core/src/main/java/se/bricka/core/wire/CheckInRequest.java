package se.bricka.core.wire;

/** The household of the request's tag opened the door of {@code resourceId} now. */
public record CheckInRequest(Long resourceId) {}
