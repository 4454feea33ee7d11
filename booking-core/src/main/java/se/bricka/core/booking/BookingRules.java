package se.bricka.core.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * May a household book this slot now? Written once, called by the backend before it writes and by
 * the board before it asks. The database's unique constraint stays the last word on "taken".
 */
public final class BookingRules {

    public static final Period DEFAULT_HORIZON = Period.ofWeeks(4);

    private final SlotTemplate template;
    private final ZoneId zone;
    private final Clock clock;
    private final Period horizon;

    public BookingRules(SlotTemplate template, ZoneId zone, Clock clock, Period horizon) {
        this.template = Objects.requireNonNull(template, "template");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("booking horizon must be positive, was " + horizon);
        }
    }

    public BookingRules(SlotTemplate template, ZoneId zone, Clock clock) {
        this(template, zone, clock, DEFAULT_HORIZON);
    }

    /**
     * Decides a booking of the slot that starts at {@code start} on {@code date}.
     *
     * @param holder the apartment that holds the slot now, if any
     */
    public BookingDecision decide(long resourceId, LocalDate date, LocalTime start, Optional<Long> holder) {
        Optional<Slot> slot = template.find(resourceId, date, start);
        if (slot.isEmpty()) {
            return new BookingDecision.Refused(Refusal.UNKNOWN_SLOT);
        }
        Instant now = clock.instant();
        // A slot that has started but not ended may still be booked for its remainder.
        if (!slot.get().endsAt(zone).isAfter(now)) {
            return new BookingDecision.Refused(Refusal.SLOT_IN_PAST);
        }
        if (date.isAfter(lastBookableDay())) {
            return new BookingDecision.Refused(Refusal.OUTSIDE_HORIZON);
        }
        if (holder.isPresent()) {
            return new BookingDecision.Refused(Refusal.SLOT_TAKEN);
        }
        return new BookingDecision.Allowed(slot.get());
    }

    /** The last local date that may be booked today. */
    public LocalDate lastBookableDay() {
        return LocalDate.now(clock.withZone(zone)).plus(horizon);
    }

    public SlotState stateOf(Slot slot, Optional<Long> holder, Optional<Long> viewer) {
        if (!slot.endsAt(zone).isAfter(clock.instant())) {
            return SlotState.PAST;
        }
        if (holder.isPresent()) {
            return holder.equals(viewer) ? SlotState.YOURS : SlotState.TAKEN;
        }
        return SlotState.FREE;
    }

    /** The Monday of the week that holds {@code date}. */
    public static LocalDate weekStartOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public SlotTemplate template() {
        return template;
    }

    public ZoneId zone() {
        return zone;
    }
}
