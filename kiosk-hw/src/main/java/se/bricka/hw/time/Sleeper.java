package se.bricka.hw.time;

import java.time.Duration;

/**
 * Waits for a while. Drivers that must give a chip time (a reset, a radio timeout) sleep through
 * this seam, so tests run without real waiting.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread with {@link Thread#sleep(Duration)}. */
    Sleeper SYSTEM = Thread::sleep;

    /** Waits for {@code duration}; throws if the thread is interrupted while waiting. */
    void sleep(Duration duration) throws InterruptedException;
}
