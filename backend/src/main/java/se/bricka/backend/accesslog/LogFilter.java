package se.bricka.backend.accesslog;

import java.time.Instant;

/**
 * What a read of the access log asks for. The window is always cut to the last 14 days.
 *
 * @param apartmentId only this apartment's events, or {@code null} for all
 * @param doorId only this door's events, or {@code null} for all
 * @param from the earliest instant asked for (inclusive)
 * @param to the latest instant asked for (exclusive)
 */
public record LogFilter(Long apartmentId, String doorId, Instant from, Instant to) {

    /** The same filter with its window cut to start no earlier than {@code oldestKept}. */
    public LogFilter within(Instant oldestKept) {
        return new LogFilter(apartmentId, doorId, from.isBefore(oldestKept) ? oldestKept : from, to);
    }
}
