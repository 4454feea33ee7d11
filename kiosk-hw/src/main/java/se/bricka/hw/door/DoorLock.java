package se.bricka.hw.door;

import java.time.Duration;

/**
 * The electric lock of a door. {@link #unlock()} releases it for the configured release time, after
 * which it locks by itself; unlocking again while released starts the time over. Closing the lock
 * locks it.
 */
public interface DoorLock extends AutoCloseable {

    /** The shortest release time: a tenant with a bag needs three seconds to reach the handle. */
    Duration MINIMUM_RELEASE = Duration.ofSeconds(3);

    /** Five seconds unless configured otherwise. */
    Duration DEFAULT_RELEASE = Duration.ofSeconds(5);

    /** Whether the lock holds the door. */
    enum State {
        /** The door is held. */
        LOCKED,
        /** The lock is released; the door can be opened. */
        UNLOCKED
    }

    /** Releases the lock for the release time. */
    void unlock();

    /** Locks now, even inside the release time. */
    void lock();

    /** Whether the lock is released now. */
    State state();

    /** How long {@link #unlock()} releases the lock, never below {@link #MINIMUM_RELEASE}. */
    Duration releaseTime();

    /** Locks and frees the output. */
    @Override
    void close();
}
