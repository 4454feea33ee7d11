package se.bricka.backend.closure;

import java.time.LocalDate;
import java.time.LocalTime;

/** A booking a closure cancelled: which household (by apartment number) lost which slot. */
public record AffectedBooking(String apartment, LocalDate date, LocalTime start, LocalTime end) {}
