package se.bricka.kiosk.booking;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How one board behaves.
 *
 * @param resourceId the object the board books; empty for the first one the backend lists
 * @param idleTimeout how long without a touch before the household is logged out
 * @param horizonWeeks how many weeks ahead a household may look and book
 */
public record BoardSettings(OptionalLong resourceId, Duration idleTimeout, int horizonWeeks) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_HORIZON_WEEKS = 4;

    public BoardSettings {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, was " + idleTimeout);
        }
        if (horizonWeeks < 0) {
            throw new IllegalArgumentException("horizon must not be negative, was " + horizonWeeks + " weeks");
        }
    }

    /** The first object of the backend, a 30-second idle log-out and a four-week horizon. */
    public static BoardSettings defaults() {
        return new BoardSettings(OptionalLong.empty(), DEFAULT_IDLE_TIMEOUT, DEFAULT_HORIZON_WEEKS);
    }

    /** These settings, booking the object {@code id}. */
    public BoardSettings withResource(long id) {
        return new BoardSettings(OptionalLong.of(id), idleTimeout, horizonWeeks);
    }
}
