package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;
import se.bricka.core.booking.SlotState;

/**
 * One slot as the viewer sees it. {@code bookingId} is set only when the slot is {@code YOURS}, so
 * that it can be cancelled; another household's booking is never identified.
 */
public record SlotView(LocalDate date, LocalTime start, LocalTime end, SlotState state, Long bookingId) {}
