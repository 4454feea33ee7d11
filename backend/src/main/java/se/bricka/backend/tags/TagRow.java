package se.bricka.backend.tags;

import java.time.Instant;

/**
 * A tag as stored: always tied to an apartment, never to a person; the UID only masked.
 *
 * @param blockedAt when it was blocked, or {@code null} while active
 * @param blockReason why, or {@code null} while active
 */
public record TagRow(
        long id,
        long apartmentId,
        String maskedUid,
        String status,
        Instant issuedAt,
        Instant blockedAt,
        String blockReason) {

    public boolean blocked() {
        return "BLOCKED".equals(status);
    }
}
