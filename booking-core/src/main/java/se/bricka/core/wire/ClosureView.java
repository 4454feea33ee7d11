package se.bricka.core.wire;

import java.time.LocalDateTime;

/**
 * A stored closure of an object.
 *
 * @param until {@code null} for "until further notice"
 * @param bookingsCancelled how many households' bookings in the period were cancelled by it
 */
public record ClosureView(
        long closureId,
        long resourceId,
        LocalDateTime from,
        LocalDateTime until,
        String reason,
        int bookingsCancelled) {}
