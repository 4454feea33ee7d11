package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A change pushed to every connected device. Versions increase by one per change, so a device that
 * sees a gap knows it missed something and refetches.
 *
 * @param kind {@code booking-created} or {@code booking-cancelled}
 */
public record ChangeEvent(long version, String kind, long resourceId, LocalDate date, LocalTime start) {

    public static final String BOOKING_CREATED = "booking-created";
    public static final String BOOKING_CANCELLED = "booking-cancelled";
}
