package se.bricka.kiosk.door;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's clock, set by the backend's: the local clock plus the offset last measured from the
 * backend's {@code Bricka-Server-Time}. Slots and event times then agree with the backend even when
 * the device's own clock drifts; a drift beyond {@link #REPORT_ABOVE} is logged as a warning.
 */
public final class ReferenceClock extends Clock {

    /** Drift worth telling the caretaker about. */
    public static final Duration REPORT_ABOVE = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceClock.class);

    private final Clock local;
    private volatile long offsetMillis;

    public ReferenceClock(Clock local) {
        this.local = Objects.requireNonNull(local, "local");
    }

    /**
     * Takes {@code serverTime}, read from an answer that arrived at local time {@code localReceived},
     * as the reference from now on.
     */
    public void adjust(Instant serverTime, Instant localReceived) {
        long offset = Duration.between(localReceived, serverTime).toMillis();
        if (Math.abs(offset) > REPORT_ABOVE.toMillis()) {
            LOG.warn("this device's clock is {} ms off the backend's; following the backend", -offset);
        }
        offsetMillis = offset;
    }

    /** How far the local clock is behind the backend's (negative when ahead). */
    public Duration drift() {
        return Duration.ofMillis(offsetMillis);
    }

    @Override
    public Instant instant() {
        return local.instant().plusMillis(offsetMillis);
    }

    @Override
    public ZoneId getZone() {
        return local.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        ReferenceClock clock = new ReferenceClock(local.withZone(zone));
        clock.offsetMillis = offsetMillis;
        return clock;
    }
}
