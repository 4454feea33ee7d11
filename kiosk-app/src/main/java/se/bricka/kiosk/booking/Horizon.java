package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import se.bricka.core.booking.BookingRules;

/**
 * Which weeks a household may look at: from the current week up to the one holding the last
 * bookable day. Dates are the property's, so the zone is set once the backend has told it.
 */
final class Horizon {

    private final Clock clock;
    private final int weeks;
    private volatile ZoneId zone;

    Horizon(Clock clock, int weeks) {
        this.clock = clock;
        this.weeks = weeks;
        this.zone = clock.getZone();
    }

    void zone(ZoneId propertyZone) {
        this.zone = propertyZone;
    }

    /** The Monday of the current week, in the property's zone. */
    LocalDate currentWeek() {
        return BookingRules.weekStartOf(today());
    }

    /** Whether the week starting {@code monday} may be shown. */
    boolean allows(LocalDate monday) {
        return !monday.isBefore(currentWeek()) && !monday.isAfter(today().plusWeeks(weeks));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }
}
