package se.bricka.backend.booking;

import java.time.LocalDate;
import java.time.LocalTime;

/** A live booking as a week view needs it: which slot, which booking, which apartment. */
record Holding(LocalDate date, LocalTime start, long bookingId, long apartmentId) {}
