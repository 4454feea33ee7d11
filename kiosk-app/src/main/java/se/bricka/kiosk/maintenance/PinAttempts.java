package se.bricka.kiosk.maintenance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts wrong PINs and locks the pad after {@value #TRIES_BEFORE_LOCK} in a row, each lock longer than
 * the last: 1 min, 5 min, 15 min, then an hour each time. A right PIN starts the count over.
 */
public final class PinAttempts {

    /** Wrong PINs in a row that lock the pad. */
    public static final int TRIES_BEFORE_LOCK = 5;

    /** How long the first, second, third … lock lasts; the last one repeats. */
    public static final List<Duration> LOCKS =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1));

    private final Clock clock;
    private int failuresInRow;
    private int locksSoFar;
    private Instant lockedUntil = Instant.MIN;

    public PinAttempts(Clock clock) {
        this(clock, Saved.NONE);
    }

    /** Counts on from what was saved before a restart. */
    public PinAttempts(Clock clock, Saved saved) {
        this.clock = clock;
        this.failuresInRow = saved.failuresInRow();
        this.locksSoFar = saved.locksSoFar();
        this.lockedUntil = saved.lockedUntil();
    }

    /**
     * The counts as they are kept across a restart: wrong PINs in a row, locks so far, and the end of
     * the current lock ({@link Instant#MIN} when the pad was never locked).
     */
    public record Saved(int failuresInRow, int locksSoFar, Instant lockedUntil) {

        /** No wrong PIN yet. */
        public static final Saved NONE = new Saved(0, 0, Instant.MIN);

        /** Locked for the longest lock from {@code now}: what a board starts with when its saved counts are lost. */
        public static Saved lockedOut(Instant now) {
            return new Saved(0, LOCKS.size(), now.plus(LOCKS.getLast()));
        }
    }

    /** The counts to keep across a restart. */
    public synchronized Saved saved() {
        return new Saved(failuresInRow, locksSoFar, lockedUntil);
    }

    /** What a wrong PIN led to: the tries left before the lock, or the lock's end. */
    public record Failure(int triesLeft, Optional<Instant> lockedUntil) {}

    /** The length of lock number {@code n} (1 for the first). */
    public static Duration lockLength(int n) {
        return LOCKS.get(Math.min(Math.max(n, 1), LOCKS.size()) - 1);
    }

    /** Whether the pad is locked now. */
    public synchronized boolean isLocked() {
        return clock.instant().isBefore(lockedUntil);
    }

    /** Time left of the lock; zero when not locked. */
    public synchronized Duration lockLeft() {
        return isLocked() ? Duration.between(clock.instant(), lockedUntil) : Duration.ZERO;
    }

    /** Records a wrong PIN; the fifth in a row locks the pad. */
    public synchronized Failure failed() {
        failuresInRow++;
        if (failuresInRow < TRIES_BEFORE_LOCK) {
            return new Failure(TRIES_BEFORE_LOCK - failuresInRow, Optional.empty());
        }
        failuresInRow = 0;
        locksSoFar++;
        lockedUntil = clock.instant().plus(lockLength(locksSoFar));
        return new Failure(0, Optional.of(lockedUntil));
    }

    /** Records a right PIN: the counts start over. */
    public synchronized void succeeded() {
        failuresInRow = 0;
        locksSoFar = 0;
    }
}
