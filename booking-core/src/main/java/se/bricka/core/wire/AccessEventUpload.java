package se.bricka.core.wire;

import java.time.Instant;

/**
 * One tap at a door, as a device uploads it from its journal: never a name, never a UID.
 *
 * @param eventId chosen by the device, unique per device; a retried upload carries the same id and is
 *     stored once
 * @param doorId the door the tap was at
 * @param occurredAt when the tap happened
 * @param apartmentId the apartment of a known resident tag, or {@code null}
 * @param reason the stable code of the {@code AccessReason} the door decided by
 */
public record AccessEventUpload(String eventId, String doorId, Instant occurredAt, Long apartmentId, String reason) {}
