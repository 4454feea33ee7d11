package se.bricka.core.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * No access event older than 14 days exists anywhere: the backend's log, a device's journal, an
 * export. Every place that stores or returns access events asks this class where the window starts,
 * so the limit is written once.
 */
public final class AccessEventRetention {

    /** The housing company's published limit for access events. */
    public static final Duration LIMIT = Duration.ofDays(14);

    private AccessEventRetention() {}

    /** The oldest instant an access event may have at {@code now}; older events must be gone. */
    public static Instant oldestKept(Instant now) {
        return Objects.requireNonNull(now, "now").minus(LIMIT);
    }

    /** Whether an event that happened at {@code eventAt} is past the limit at {@code now}. */
    public static boolean expired(Instant eventAt, Instant now) {
        return eventAt.isBefore(oldestKept(now));
    }
}
