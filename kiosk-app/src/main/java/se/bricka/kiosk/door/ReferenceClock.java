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

    /** Samples with a longer round trip are ignored. */
    public static final Duration MAX_ROUND_TRIP = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceClock.class);

    private final Clock local;
    private volatile long offsetMillis;

    /** Follows {@code local} until the first measurement. */
    public ReferenceClock(Clock local) {
        this.local = Objects.requireNonNull(local, "local");
    }

    /**
     * Takes {@code serverTime}, read from an answer to a request sent at local time {@code localSent}
     * that arrived at {@code localReceived}, as the reference from now on: the server's stamp is taken
     * to be halfway through the round trip. A sample whose round trip took longer than {@link
     * #MAX_ROUND_TRIP} says more about a queue than about the clocks, and is ignored.
     *
     * @return whether the sample was taken
     */
    public boolean adjust(Instant serverTime, Instant localSent, Instant localReceived) {
        Duration roundTrip = Duration.between(localSent, localReceived);
        if (roundTrip.isNegative() || roundTrip.compareTo(MAX_ROUND_TRIP) > 0) {
            return false;
        }
        Instant midway = localSent.plus(roundTrip.dividedBy(2));
        long offset = Duration.between(midway, serverTime).toMillis();
        if (Math.abs(offset) > REPORT_ABOVE.toMillis()) {
            LOG.warn("this device's clock is {} ms off the backend's; following the backend", -offset);
        }
        offsetMillis = offset;
        return true;
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
