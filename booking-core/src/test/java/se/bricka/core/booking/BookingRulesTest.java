package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final long LAUNDRY = 1;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private static BookingRules rulesAt(LocalDate date, int hour, int minute) {
        Instant now =
                ZonedDateTime.of(date, LocalTime.of(hour, minute), STOCKHOLM).toInstant();
        return new BookingRules(SlotTemplate.standardLaundry(), STOCKHOLM, Clock.fixed(now, STOCKHOLM));
    }

    @Test
    void a_free_future_slot_is_allowed() {
        BookingDecision decision = rulesAt(DAY, 9, 0).decide(LAUNDRY, DAY, LocalTime.of(13, 0), Optional.empty());

        assertThat(decision).isEqualTo(new BookingDecision.Allowed(new Slot(LAUNDRY, DAY, SlotTime.of(13, 16))));
    }

    @Test
    void a_started_slot_can_be_booked_for_its_remainder() {
        BookingDecision decision = rulesAt(DAY, 11, 30).decide(LAUNDRY, DAY, LocalTime.of(10, 0), Optional.empty());

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void an_ended_slot_is_refused_as_past() {
        BookingDecision decision = rulesAt(DAY, 13, 0).decide(LAUNDRY, DAY, LocalTime.of(10, 0), Optional.empty());

        assertThat(decision).isEqualTo(new BookingDecision.Refused(Refusal.SLOT_IN_PAST));
    }

    @Test
    void a_held_slot_is_refused_as_taken() {
        BookingDecision decision = rulesAt(DAY, 9, 0).decide(LAUNDRY, DAY, LocalTime.of(16, 0), Optional.of(42L));

        assertThat(decision).isEqualTo(new BookingDecision.Refused(Refusal.SLOT_TAKEN));
    }

    @Test
    void a_time_that_is_not_a_slot_start_is_refused_as_unknown() {
        BookingDecision decision = rulesAt(DAY, 9, 0).decide(LAUNDRY, DAY, LocalTime.of(8, 0), Optional.empty());

        assertThat(decision).isEqualTo(new BookingDecision.Refused(Refusal.UNKNOWN_SLOT));
    }

    @Test
    void four_weeks_ahead_is_bookable_and_the_day_after_is_not() {
        BookingRules rules = rulesAt(DAY, 9, 0);

        assertThat(rules.decide(LAUNDRY, DAY.plusWeeks(4), LocalTime.of(7, 0), Optional.empty())
                        .allowed())
                .isTrue();
        assertThat(rules.decide(LAUNDRY, DAY.plusWeeks(4).plusDays(1), LocalTime.of(7, 0), Optional.empty()))
                .isEqualTo(new BookingDecision.Refused(Refusal.OUTSIDE_HORIZON));
    }

    @Test
    void states_show_yours_and_taken_without_saying_whose() {
        BookingRules rules = rulesAt(DAY, 9, 0);
        Slot slot = new Slot(LAUNDRY, DAY, SlotTime.of(13, 16));

        assertThat(rules.stateOf(slot, Optional.of(7L), Optional.of(7L))).isEqualTo(SlotState.YOURS);
        assertThat(rules.stateOf(slot, Optional.of(7L), Optional.of(8L))).isEqualTo(SlotState.TAKEN);
        assertThat(rules.stateOf(slot, Optional.of(7L), Optional.empty())).isEqualTo(SlotState.TAKEN);
        assertThat(rules.stateOf(slot, Optional.empty(), Optional.of(8L))).isEqualTo(SlotState.FREE);
    }

    @Test
    void an_ended_slot_is_past_even_when_it_was_booked() {
        BookingRules rules = rulesAt(DAY, 23, 0);
        Slot slot = new Slot(LAUNDRY, DAY, SlotTime.of(19, 22));

        assertThat(rules.stateOf(slot, Optional.of(7L), Optional.of(7L))).isEqualTo(SlotState.PAST);
    }

    @Test
    void a_slot_across_the_spring_daylight_saving_gap_lasts_one_hour_less() {
        // 2026-03-29: Swedish clocks jump from 02:00 to 03:00.
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        Slot night = new Slot(LAUNDRY, springForward, new SlotTime(LocalTime.of(1, 0), LocalTime.of(4, 0)));

        assertThat(Duration.between(night.startsAt(STOCKHOLM), night.endsAt(STOCKHOLM)))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void a_slot_across_the_autumn_daylight_saving_change_lasts_one_hour_more() {
        // 2026-10-25: Swedish clocks fall back from 03:00 to 02:00.
        LocalDate fallBack = LocalDate.of(2026, 10, 25);
        Slot night = new Slot(LAUNDRY, fallBack, new SlotTime(LocalTime.of(1, 0), LocalTime.of(4, 0)));

        assertThat(Duration.between(night.startsAt(STOCKHOLM), night.endsAt(STOCKHOLM)))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void week_start_is_the_monday_of_the_same_week() {
        assertThat(List.of(
                        BookingRules.weekStartOf(LocalDate.of(2026, 11, 23)),
                        BookingRules.weekStartOf(LocalDate.of(2026, 11, 25)),
                        BookingRules.weekStartOf(LocalDate.of(2026, 11, 29))))
                .containsOnly(LocalDate.of(2026, 11, 23));
    }

    @Test
    void a_zero_horizon_is_refused_with_its_value() {
        assertThatThrownBy(() ->
                        new BookingRules(SlotTemplate.standardLaundry(), STOCKHOLM, Clock.systemUTC(), Period.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("booking horizon must be positive, was P0D");
    }
}
