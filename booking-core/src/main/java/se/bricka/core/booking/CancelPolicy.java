package se.bricka.core.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Until when a household may cancel its booking: until the slot starts (the default), or a set time
 * before. The notice is real elapsed time, so "3 hours before" a slot on a daylight-saving morning is
 * three hours of the clock, not three hours of the wall.
 *
 * @param notice how long before the slot's start cancelling closes; zero means "until the start"
 */
public record CancelPolicy(Duration notice) {

    /** The longest notice a quota group may ask for: one week. */
    public static final Duration MAX_NOTICE = Duration.ofDays(7);

    public CancelPolicy {
        Objects.requireNonNull(notice, "notice");
        if (notice.isNegative() || notice.compareTo(MAX_NOTICE) > 0) {
            throw new IllegalArgumentException("cancel notice must be 0 to " + MAX_NOTICE + ", was " + notice);
        }
    }

    /** Cancelling is open until the slot starts. */
    public static CancelPolicy untilStart() {
        return new CancelPolicy(Duration.ZERO);
    }

    /** Cancelling closes {@code hours} hours before the start. */
    public static CancelPolicy hoursBefore(int hours) {
        return new CancelPolicy(Duration.ofHours(hours));
    }

    /** The first instant at which a booking of {@code slot} can no longer be cancelled. */
    public Instant closesAt(Slot slot, ZoneId zone) {
        return slot.startsAt(zone).minus(notice);
    }

    /** Whether a booking of {@code slot} may still be cancelled at {@code now}. */
    public boolean allows(Slot slot, Instant now, ZoneId zone) {
        return now.isBefore(closesAt(slot, zone));
    }
}
