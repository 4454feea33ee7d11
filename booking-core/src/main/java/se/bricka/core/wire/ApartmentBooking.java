package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One booking of an apartment, as the apartment itself sees it.
 *
 * @param status {@code ACTIVE}, {@code CANCELLED} or {@code RELEASED} (not checked in in time)
 * @param checkedIn whether the household opened the room's door during the slot
 */
public record ApartmentBooking(
        long bookingId,
        long resourceId,
        String resourceName,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        String status,
        boolean checkedIn) {}
