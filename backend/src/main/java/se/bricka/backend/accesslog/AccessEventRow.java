package se.bricka.backend.accesslog;

import java.time.Instant;

/**
 * One stored access event as a permitted reader sees it: door, time, apartment, decision, reason.
 * Never a name, never a UID.
 *
 * @param apartmentId the resident tag's apartment, or {@code null} for an unknown tag
 */
public record AccessEventRow(String doorId, Instant occurredAt, Long apartmentId, boolean granted, String reason) {}
