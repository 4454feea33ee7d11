package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;

/** A stored booking, returned to the household that made it. */
public record BookingConfirmation(
        long bookingId,
        long resourceId,
        String resourceName,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String apartmentLabel) {}
