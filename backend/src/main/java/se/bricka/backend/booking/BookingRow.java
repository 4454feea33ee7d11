package se.bricka.backend.booking;

import java.time.ZoneId;
import se.bricka.core.booking.CancelPolicy;
import se.bricka.core.booking.Slot;

/** A stored booking with what cancelling it needs to know: its object's name, zone and cancel rule. */
record BookingRow(
        long id,
        Slot slot,
        long apartmentId,
        long propertyId,
        String resourceName,
        ZoneId zone,
        boolean active,
        CancelPolicy cancel) {}
