package se.bricka.core.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link BookingRules} needs to decide one booking.
 *
 * @param holder the apartment holding the slot now, if any
 * @param householdBookings the booking household's active bookings in the object's quota group
 * @param closures closures of the object that may overlap the slot
 */
public record BookingAttempt(
        long resourceId,
        LocalDate date,
        LocalTime start,
        Optional<Long> holder,
        List<Slot> householdBookings,
        List<Closure> closures) {

    public BookingAttempt {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(holder, "holder");
        householdBookings = List.copyOf(householdBookings);
        closures = List.copyOf(closures);
    }
}
