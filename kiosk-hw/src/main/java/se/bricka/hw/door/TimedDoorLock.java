package se.bricka.hw.door;

import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.time.Scheduler;

/**
 * The timing every lock shares: release, relock after the release time, restart the time on a new
 * unlock. Subclasses only drive the output.
 */
abstract class TimedDoorLock implements DoorLock {

    private static final Logger LOG = LoggerFactory.getLogger(TimedDoorLock.class);

    private final String id;
    private final Duration releaseTime;
    private final Scheduler scheduler;
    private Scheduler.Cancellable relock;
    private State state = State.LOCKED;

    TimedDoorLock(String id, Duration releaseTime, Scheduler scheduler) {
        this.id = Objects.requireNonNull(id, "id");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.releaseTime = clamp(id, releaseTime);
    }

    private static Duration clamp(String id, Duration releaseTime) {
        Objects.requireNonNull(releaseTime, "releaseTime");
        if (releaseTime.compareTo(MINIMUM_RELEASE) < 0) {
            LOG.warn(
                    "lock {}: release time {} ms is below the minimum, using {} ms",
                    id,
                    releaseTime.toMillis(),
                    MINIMUM_RELEASE.toMillis());
            return MINIMUM_RELEASE;
        }
        return releaseTime;
    }

    /** Energises ({@code true}) or releases the output that holds the lock open. */
    protected abstract void drive(boolean unlocked);

    @Override
    public final synchronized void unlock() {
        cancelRelock();
        drive(true);
        state = State.UNLOCKED;
        relock = scheduler.schedule(releaseTime, this::relockAfterRelease);
        LOG.debug("lock {} released for {} ms", id, releaseTime.toMillis());
    }

    private synchronized void relockAfterRelease() {
        relock = null;
        lockNow();
    }

    @Override
    public final synchronized void lock() {
        cancelRelock();
        lockNow();
    }

    private void lockNow() {
        drive(false);
        state = State.LOCKED;
    }

    private void cancelRelock() {
        if (relock != null) {
            relock.cancel();
            relock = null;
        }
    }

    @Override
    public final synchronized State state() {
        return state;
    }

    @Override
    public final Duration releaseTime() {
        return releaseTime;
    }

    @Override
    public void close() {
        lock();
    }
}
