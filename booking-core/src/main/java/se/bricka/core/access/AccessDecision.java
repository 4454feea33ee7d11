package se.bricka.core.access;

import java.util.Objects;
import java.util.Optional;

/**
 * What a door does with one tap, and what is recorded about it: never a name, never a UID.
 *
 * @param apartmentId the resident tag's apartment, when the tag is a known resident's
 * @param checkIn the booking this opening checks in, when the booker opens the room in its slot
 */
public record AccessDecision(AccessReason reason, Optional<Long> apartmentId, Optional<BookedSlot> checkIn) {

    public AccessDecision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(apartmentId, "apartmentId");
        Objects.requireNonNull(checkIn, "checkIn");
    }

    public boolean granted() {
        return reason.grants();
    }

    static AccessDecision of(AccessReason reason) {
        return new AccessDecision(reason, Optional.empty(), Optional.empty());
    }

    static AccessDecision of(AccessReason reason, long apartmentId) {
        return new AccessDecision(reason, Optional.of(apartmentId), Optional.empty());
    }
}
