package se.bricka.backend.push;

import java.time.Duration;
import java.time.Instant;

/**
 * How much of the change log a reconnecting device may have replayed: the changes of the last
 * {@code maxAge} and at most the last {@code maxVersions}. Older rows are purged
 * ({@link ChangeLogPurge}); a device further behind gets {@code resync} and downloads its snapshot,
 * which is as cheap as a long replay and cannot miss what the log no longer holds.
 */
public record ReplayWindow(Duration maxAge, long maxVersions) {

    /** One day, and a thousand changes. */
    public static final ReplayWindow DEFAULT = new ReplayWindow(Duration.ofHours(24), 1000);

    public ReplayWindow {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the replay window must be positive, was " + maxAge);
        }
        if (maxVersions < 1) {
            throw new IllegalArgumentException("the replay window must hold a version at least, was " + maxVersions);
        }
    }

    /** The time of the oldest change the window holds at {@code now}. */
    public Instant oldestKept(Instant now) {
        return now.minus(maxAge);
    }

    /**
     * The newest version the window no longer holds when {@code current} is the latest (may be
     * negative): a device that applied it can still be replayed everything after it.
     */
    public long lastDropped(long current) {
        return current - maxVersions;
    }
}
