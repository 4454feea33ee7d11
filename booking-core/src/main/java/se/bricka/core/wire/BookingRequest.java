package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;

/** Book the slot of {@code resourceId} that starts at {@code start} on {@code date}. */
public record BookingRequest(Long resourceId, LocalDate date, LocalTime start) {}
