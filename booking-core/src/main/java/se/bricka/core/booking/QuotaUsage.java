package se.bricka.core.booking;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How much of its quota a household uses now: shown with every schedule ("1 of 2 bookings left")
 * and in a refusal ("you have 2 of 2; cancel one or wait until Tuesday").
 *
 * @param futureBookings bookings the household holds that have not ended
 * @param nextFreeing when the earliest of those ends and frees a place, if it holds any
 */
public record QuotaUsage(int futureBookings, int maxFutureBookings, Optional<LocalDateTime> nextFreeing) {

    public int remaining() {
        return Math.max(0, maxFutureBookings - futureBookings);
    }
}
