package se.bricka.core.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When an unused booking is released: if the household has not checked in (opened the room's door)
 * within {@code checkInWindow} of the slot's start, the rest of the slot goes back to everyone. The
 * booking is then marked released, not deleted.
 */
public record ReleasePolicy(Duration checkInWindow) {

    public static final Duration DEFAULT_CHECK_IN_WINDOW = Duration.ofMinutes(30);

    public ReleasePolicy {
        Objects.requireNonNull(checkInWindow, "checkInWindow");
        if (checkInWindow.isNegative() || checkInWindow.isZero()) {
            throw new IllegalArgumentException("check-in window must be positive, was " + checkInWindow);
        }
    }

    public static ReleasePolicy defaults() {
        return new ReleasePolicy(DEFAULT_CHECK_IN_WINDOW);
    }

    /** The instant from which an unused booking of {@code slot} is released. */
    public Instant releaseAt(Slot slot, ZoneId zone) {
        return slot.startsAt(zone).plus(checkInWindow);
    }

    /**
     * Whether a booking of {@code slot} is to be released at {@code now}: not checked in, the window
     * over, and the slot not yet ended (an ended slot has nothing left to give back).
     */
    public boolean releases(Slot slot, boolean checkedIn, Instant now, ZoneId zone) {
        return !checkedIn && !now.isBefore(releaseAt(slot, zone)) && now.isBefore(slot.endsAt(zone));
    }

    /**
     * As {@link #releases(Slot, boolean, Instant, ZoneId)}, for a booking made at {@code bookedAt}: one
     * made after the slot started ("book now") gets its own full window from the moment it was made.
     */
    public boolean releases(Slot slot, Instant bookedAt, boolean checkedIn, Instant now, ZoneId zone) {
        return releases(slot, checkedIn, now, zone) && !now.isBefore(bookedAt.plus(checkInWindow));
    }
}
