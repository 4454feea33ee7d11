package se.bricka.kiosk.backend;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next reconnect: doubling from {@code initial} up to {@code max}, each
 * wait drawn at random from its upper half, so that fifty boards that lost the backend together do
 * not knock on it together when it comes back.
 */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;
    private int failures;

    /** Waits from about {@code initial} up to {@code max}, drawn with {@code random}. */
    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.max = Objects.requireNonNull(max, "max");
        this.random = Objects.requireNonNull(random, "random");
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial back-off must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max back-off must be at least " + initial + ", was " + max);
        }
    }

    /** The wait before the next attempt; each call counts one more failure. */
    public synchronized Duration next() {
        long ceiling = initial.toMillis() << Math.min(failures, 20);
        ceiling = Math.min(ceiling, max.toMillis());
        failures++;
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }

    /** Starts over from {@code initial}: call after a success. */
    public synchronized void reset() {
        failures = 0;
    }
}
