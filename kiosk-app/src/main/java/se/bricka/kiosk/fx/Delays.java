package se.bricka.kiosk.fx;

import java.time.Duration;

/**
 * Runs a task after a delay: the inactivity log-out and the retry of a failed start. Injected so that
 * tests move time by hand instead of waiting.
 */
public interface Delays {

    /** Runs {@code task} once after {@code delay}, unless the returned handle is cancelled first. */
    Cancellable after(Duration delay, Runnable task);

    /** A scheduled task that can be called off. */
    @FunctionalInterface
    interface Cancellable {
        /** Calls the task off; does nothing if it has run or was cancelled already. */
        void cancel();
    }
}
