package se.bricka.core.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every quota limit a booking would break, with the day's own numbers, so a refusal can give the
 * advice that helps: another day does not help a household that already holds all its future
 * bookings.
 *
 * @param limits the limits broken, the one whose advice helps first ({@link #refusal()})
 * @param date the date asked for
 * @param bookedThatDay bookings the household holds on {@code date}
 * @param maxPerDay bookings a household may hold on one date
 */
public record QuotaBreach(List<Refusal> limits, LocalDate date, int bookedThatDay, int maxPerDay) {

    public QuotaBreach {
        limits = List.copyOf(limits);
        Objects.requireNonNull(date, "date");
        if (limits.isEmpty()) {
            throw new IllegalArgumentException("a quota breach breaks at least one limit, was none on " + date);
        }
    }

    /** The refusal to give: the limit whose advice helps. */
    public Refusal refusal() {
        return limits.getFirst();
    }

    /** Whether {@code limit} is broken too. */
    public boolean breaks(Refusal limit) {
        return limits.contains(limit);
    }
}
