package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class BookingRulesPropertyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final SlotTemplate LAUNDRY = SlotTemplate.standardLaundry();
    /** 2026-01-01T00:00Z; the generated clocks range over two years, daylight-saving changes included. */
    private static final Instant EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    @Property
    void an_allowed_booking_is_of_an_unheld_slot_that_has_not_ended_within_the_horizon(
            @ForAll @LongRange(min = 0, max = 2 * 365 * 24 * 60) long minutesAfterEpoch,
            @ForAll @IntRange(min = -10, max = 40) int daysAhead,
            @ForAll("slotStarts") LocalTime start,
            @ForAll("holders") Optional<Long> holder) {
        Instant now = EPOCH.plus(minutesAfterEpoch, ChronoUnit.MINUTES);
        BookingRules rules = new BookingRules(LAUNDRY, STOCKHOLM, Clock.fixed(now, STOCKHOLM));
        LocalDate date = LocalDate.ofInstant(now, STOCKHOLM).plusDays(daysAhead);

        BookingDecision decision = rules.decide(1, date, start, holder);

        Slot slot = LAUNDRY.find(1, date, start).orElseThrow();
        boolean ended = !slot.endsAt(STOCKHOLM).isAfter(now);
        boolean beyondHorizon = date.isAfter(rules.lastBookableDay());
        assertThat(decision.allowed()).isEqualTo(!ended && !beyondHorizon && holder.isEmpty());
        if (ended) {
            assertThat(decision).isEqualTo(new BookingDecision.Refused(Refusal.SLOT_IN_PAST));
        }
    }

    @Property
    void the_board_shows_free_exactly_when_an_unheld_slot_has_not_ended(
            @ForAll @LongRange(min = 0, max = 2 * 365 * 24 * 60) long minutesAfterEpoch,
            @ForAll @IntRange(min = -3, max = 3) int daysAhead,
            @ForAll("slotStarts") LocalTime start,
            @ForAll("holders") Optional<Long> holder,
            @ForAll("holders") Optional<Long> viewer) {
        Instant now = EPOCH.plus(minutesAfterEpoch, ChronoUnit.MINUTES);
        BookingRules rules = new BookingRules(LAUNDRY, STOCKHOLM, Clock.fixed(now, STOCKHOLM));
        Slot slot = LAUNDRY.find(1, LocalDate.ofInstant(now, STOCKHOLM).plusDays(daysAhead), start)
                .orElseThrow();

        SlotState state = rules.stateOf(slot, holder, viewer);

        boolean decidedAllowed = rules.decide(1, slot.date(), start, holder).allowed();
        assertThat(state == SlotState.FREE).isEqualTo(decidedAllowed);
        if (state == SlotState.YOURS) {
            assertThat(holder).isPresent().isEqualTo(viewer);
        }
    }

    @Property
    void every_standard_laundry_slot_lasts_three_hours_on_every_day_of_the_year(
            @ForAll @IntRange(min = 0, max = 3650) int daysAfter2026) {
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(daysAfter2026);

        for (Slot slot : LAUNDRY.slotsOn(1, date)) {
            assertThat(Duration.between(slot.startsAt(STOCKHOLM), slot.endsAt(STOCKHOLM)))
                    .isEqualTo(Duration.ofHours(3));
        }
    }

    @Property
    void week_start_is_the_monday_at_most_six_days_before(@ForAll @IntRange(min = 0, max = 3650) int days) {
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(days);

        LocalDate monday = BookingRules.weekStartOf(date);

        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(ChronoUnit.DAYS.between(monday, date)).isBetween(0L, 6L);
    }

    @Provide
    Arbitrary<LocalTime> slotStarts() {
        return Arbitraries.of(LAUNDRY.daily()).map(SlotTime::start);
    }

    @Provide
    Arbitrary<Optional<Long>> holders() {
        return Arbitraries.longs().between(1, 3).optional();
    }
}
