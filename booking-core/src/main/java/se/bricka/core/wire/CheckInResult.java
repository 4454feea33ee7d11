package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;

/** The booking a check-in was recorded on: it will not be released. */
public record CheckInResult(long bookingId, long resourceId, LocalDate date, LocalTime start, LocalTime end) {}
