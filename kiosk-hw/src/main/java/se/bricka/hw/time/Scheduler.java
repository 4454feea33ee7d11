package se.bricka.hw.time;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs tasks later or repeatedly: the relay's release time, a reader's polling, a door held open.
 * Production code uses {@link ExecutorScheduler}; tests use a manual one that moves time by hand.
 */
public interface Scheduler extends AutoCloseable {

    /** Runs {@code task} once after {@code delay}. */
    Cancellable schedule(Duration delay, Runnable task);

    /** Runs {@code task} now and then again {@code interval} after each run ends. */
    Cancellable repeat(Duration interval, Runnable task);

    /** The time this scheduler runs on. */
    Clock clock();

    /** Stops running tasks. */
    @Override
    void close();

    /** A scheduled task that can be called off. Cancelling twice, or after it ran, does nothing. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
