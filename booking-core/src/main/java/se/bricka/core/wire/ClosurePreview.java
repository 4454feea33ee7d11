package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a {@link ClosureRequest} would cancel if sent now, without closing anything: the board names
 * these bookings before the caretaker confirms.
 */
public record ClosurePreview(long resourceId, List<CancelledBooking> cancels) {

    /** A booking the closure would cancel: the apartment that booked it and its slot. */
    public record CancelledBooking(String apartment, LocalDate date, LocalTime start, LocalTime end) {}
}
