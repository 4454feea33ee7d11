package se.bricka.backend.booking;

import java.time.ZoneId;
import se.bricka.core.booking.Slot;

/** A stored booking with what cancelling it needs to know. */
record BookingRow(long id, Slot slot, long apartmentId, long propertyId, ZoneId zone, boolean active) {}
