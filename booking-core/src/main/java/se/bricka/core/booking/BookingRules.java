package se.bricka.core.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * May a household book this slot now? Written once, called by the backend before it writes and by
 * the board before it asks. The database's unique constraint stays the last word on "taken".
 *
 * <p>Checks run in the order a tenant can act on them: a slot that does not exist, has ended, lies
 * beyond the horizon or is closed is refused before the slot's holder or the household's quota is
 * looked at.
 */
public final class BookingRules {

    public static final Period DEFAULT_HORIZON = QuotaRules.DEFAULT_HORIZON;

    private final SlotTemplate template;
    private final ZoneId zone;
    private final Clock clock;
    private final QuotaRules quota;

    public BookingRules(SlotTemplate template, ZoneId zone, Clock clock, QuotaRules quota) {
        this.template = Objects.requireNonNull(template, "template");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quota = Objects.requireNonNull(quota, "quota");
    }

    /** Rules with only a horizon: no per-household quota. */
    public BookingRules(SlotTemplate template, ZoneId zone, Clock clock, Period horizon) {
        this(template, zone, clock, QuotaRules.horizonOnly(horizon));
    }

    /** Rules with the default quota ({@link QuotaRules#defaults()}). */
    public BookingRules(SlotTemplate template, ZoneId zone, Clock clock) {
        this(template, zone, clock, QuotaRules.defaults());
    }

    /**
     * Decides a booking of the slot that starts at {@code start} on {@code date}, looking at the slot
     * only: the household's quota is not checked (see {@link #decide(BookingAttempt)}).
     *
     * @param holder the apartment that holds the slot now, if any
     */
    public BookingDecision decide(long resourceId, LocalDate date, LocalTime start, Optional<Long> holder) {
        return decide(new BookingAttempt(resourceId, date, start, holder, List.of(), List.of()));
    }

    /** Decides a booking with everything known: the slot, its holder, the household's bookings, closures. */
    public BookingDecision decide(BookingAttempt attempt) {
        Optional<Slot> found = template.find(attempt.resourceId(), attempt.date(), attempt.start());
        if (found.isEmpty()) {
            return new BookingDecision.Refused(Refusal.UNKNOWN_SLOT);
        }
        Slot slot = found.get();
        // A slot that has started but not ended may still be booked for its remainder.
        if (hasEnded(slot)) {
            return new BookingDecision.Refused(Refusal.SLOT_IN_PAST);
        }
        if (slot.date().isAfter(lastBookableDay())) {
            return new BookingDecision.Refused(Refusal.OUTSIDE_HORIZON);
        }
        Optional<Closure> closure =
                attempt.closures().stream().filter(c -> c.overlaps(slot)).findFirst();
        if (closure.isPresent()) {
            return new BookingDecision.Refused(Refusal.RESOURCE_CLOSED, Optional.empty(), closure);
        }
        if (attempt.holder().isPresent()) {
            return new BookingDecision.Refused(Refusal.SLOT_TAKEN);
        }
        return quotaBreach(slot, attempt.householdBookings())
                .map(breach -> (BookingDecision) new BookingDecision.Refused(
                        breach.refusal(),
                        Optional.of(usage(attempt.householdBookings())),
                        Optional.empty(),
                        Optional.of(breach)))
                .orElseGet(() -> new BookingDecision.Allowed(slot));
    }

    /**
     * Every quota limit the booking of {@code slot} would break. When the household holds all its future
     * bookings, that limit comes first: another day would not help, cancelling or waiting does.
     */
    private Optional<QuotaBreach> quotaBreach(Slot slot, List<Slot> held) {
        int sameDay =
                (int) held.stream().filter(b -> b.date().equals(slot.date())).count();
        long future = held.stream().filter(b -> !hasEnded(b)).count();
        List<Refusal> limits = new ArrayList<>();
        if (future >= quota.maxFutureBookings()) {
            limits.add(Refusal.QUOTA_FUTURE_BOOKINGS);
        }
        if (sameDay >= quota.maxPerDay()) {
            limits.add(Refusal.QUOTA_PER_DAY);
        }
        if (quota.rolling().isPresent()
                && breaksRollingLimit(slot.date(), held, quota.rolling().get())) {
            limits.add(Refusal.QUOTA_ROLLING);
        }
        return limits.isEmpty()
                ? Optional.empty()
                : Optional.of(new QuotaBreach(limits, slot.date(), sameDay, quota.maxPerDay()));
    }

    /** Whether some window of {@code limit.days()} days that holds {@code date} would hold too many. */
    private static boolean breaksRollingLimit(LocalDate date, List<Slot> held, RollingLimit limit) {
        for (int offset = 0; offset < limit.days(); offset++) {
            LocalDate first = date.minusDays(offset);
            LocalDate last = first.plusDays(limit.days() - 1L);
            long inWindow = held.stream()
                    .filter(b -> !b.date().isBefore(first) && !b.date().isAfter(last))
                    .count();
            if (inWindow + 1 > limit.count()) {
                return true;
            }
        }
        return false;
    }

    /** The household's quota now, given its active bookings in the quota group. */
    public QuotaUsage usage(List<Slot> householdBookings) {
        List<Slot> future = householdBookings.stream().filter(b -> !hasEnded(b)).toList();
        Optional<LocalDateTime> nextFreeing =
                future.stream().map(b -> b.date().atTime(b.end())).min(Comparator.naturalOrder());
        return new QuotaUsage(future.size(), quota.maxFutureBookings(), nextFreeing);
    }

    /** The last local date that may be booked today. */
    public LocalDate lastBookableDay() {
        return LocalDate.now(clock.withZone(zone)).plus(quota.horizon());
    }

    /** The state of {@code slot} to {@code viewer}, with no closures and no released booking. */
    public SlotState stateOf(Slot slot, Optional<Long> holder, Optional<Long> viewer) {
        return stateOf(slot, holder, viewer, List.of(), false);
    }

    /**
     * The state of {@code slot} to {@code viewer}: past, then closed, then held (yours or taken), then
     * released or free.
     *
     * @param holder the apartment holding the slot now, if any
     * @param closures closures of the object that may overlap the slot
     * @param released whether a booking of the slot was released for lack of check-in
     */
    public SlotState stateOf(
            Slot slot, Optional<Long> holder, Optional<Long> viewer, List<Closure> closures, boolean released) {
        if (hasEnded(slot)) {
            return SlotState.PAST;
        }
        if (closures.stream().anyMatch(closure -> closure.overlaps(slot))) {
            return SlotState.CLOSED;
        }
        if (holder.isPresent()) {
            return holder.equals(viewer) ? SlotState.YOURS : SlotState.TAKEN;
        }
        return released ? SlotState.RELEASED : SlotState.FREE;
    }

    /** Whether {@code slot} has ended at the rules' clock. */
    public boolean hasEnded(Slot slot) {
        return !slot.endsAt(zone).isAfter(clock.instant());
    }

    /** Whether {@code slot} has started at the rules' clock; a booking may be cancelled until then. */
    public boolean hasStarted(Slot slot) {
        return !slot.startsAt(zone).isAfter(clock.instant());
    }

    /** The Monday of the week that holds {@code date}. */
    public static LocalDate weekStartOf(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public Instant now() {
        return clock.instant();
    }

    public SlotTemplate template() {
        return template;
    }

    public ZoneId zone() {
        return zone;
    }

    public QuotaRules quota() {
        return quota;
    }
}
