package se.bricka.kiosk.booking;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ResourceSummary;

/**
 * How one board behaves.
 *
 * @param resourceId the object the board books; empty for the first one the backend lists
 * @param idleTimeout how long without a touch before the household is logged out
 * @param horizonWeeks how many weeks ahead a household may look and book
 */
public record BoardSettings(OptionalLong resourceId, Duration idleTimeout, int horizonWeeks) {

    private static final Logger LOG = LoggerFactory.getLogger(BoardSettings.class);

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

    /**
     * The object this board books among those the backend offers: the configured one, else the first
     * (with a warning when the configured one is not offered); empty when none is offered.
     */
    public Optional<ResourceSummary> chooseFrom(List<ResourceSummary> offered) {
        if (resourceId.isPresent()) {
            long wanted = resourceId.getAsLong();
            Optional<ResourceSummary> match =
                    offered.stream().filter(r -> r.id() == wanted).findFirst();
            if (match.isPresent()) {
                return match;
            }
            LOG.warn("resource {} is not offered to this device; using the first one", wanted);
        }
        return offered.stream().findFirst();
    }
}
