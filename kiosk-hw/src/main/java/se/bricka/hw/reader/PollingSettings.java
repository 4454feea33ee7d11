package se.bricka.hw.reader;

import java.time.Duration;
import java.util.Objects;

/**
 * How a polling reader polls.
 *
 * @param interval time between the end of one cycle and the start of the next
 * @param missesBeforeLifted empty cycles in a row before a held tag counts as lifted
 * @param faultyFramesBeforeFault damaged frames in a row before the reader reports itself faulty
 */
public record PollingSettings(Duration interval, int missesBeforeLifted, int faultyFramesBeforeFault) {

    /** Ten cycles a second; a tag is lifted after two empty cycles; five bad frames in a row are a fault. */
    public static final PollingSettings DEFAULT = new PollingSettings(Duration.ofMillis(100), 2, 5);

    public PollingSettings {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("poll interval must be positive, was " + interval);
        }
        if (missesBeforeLifted < 1) {
            throw new IllegalArgumentException("misses before lifted must be at least 1, was " + missesBeforeLifted);
        }
        if (faultyFramesBeforeFault < 1) {
            throw new IllegalArgumentException(
                    "faulty frames before a fault must be at least 1, was " + faultyFramesBeforeFault);
        }
    }

    public PollingSettings withInterval(Duration newInterval) {
        return new PollingSettings(newInterval, missesBeforeLifted, faultyFramesBeforeFault);
    }
}
