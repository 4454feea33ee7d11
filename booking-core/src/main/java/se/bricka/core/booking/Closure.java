package se.bricka.core.booking;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A period in which an object cannot be booked or used: out of order, cleaning. Local times in the
 * property's zone; an empty {@code until} means "until further notice".
 */
public record Closure(long resourceId, LocalDateTime from, Optional<LocalDateTime> until, String reason) {

    public Closure {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(reason, "reason");
        if (until.isPresent() && !until.get().isAfter(from)) {
            throw new IllegalArgumentException(
                    "a closure must end after it starts, was " + from + " to " + until.get());
        }
    }

    /** Whether the closure covers any part of {@code slot}. */
    public boolean overlaps(Slot slot) {
        if (slot.resourceId() != resourceId) {
            return false;
        }
        LocalDateTime slotStart = slot.date().atTime(slot.start());
        LocalDateTime slotEnd = slot.date().atTime(slot.end());
        return slotEnd.isAfter(from) && until.map(slotStart::isBefore).orElse(true);
    }
}
