package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotaRulesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final long LAUNDRY = 1;
    /** Wednesday 2026-11-25, 11:00 in Stockholm. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static BookingRules rules(QuotaRules quota) {
        ZonedDateTime now = ZonedDateTime.of(TODAY, LocalTime.of(11, 0), STOCKHOLM);
        return new BookingRules(
                SlotTemplate.standardLaundry(), STOCKHOLM, Clock.fixed(now.toInstant(), STOCKHOLM), quota);
    }

    private static Slot slot(LocalDate date, int startHour) {
        return SlotTemplate.standardLaundry()
                .find(LAUNDRY, date, LocalTime.of(startHour, 0))
                .orElseThrow();
    }

    private static BookingAttempt attempt(LocalDate date, int startHour, List<Slot> held) {
        return new BookingAttempt(LAUNDRY, date, LocalTime.of(startHour, 0), Optional.empty(), held, List.of());
    }

    @Test
    void a_household_with_two_future_bookings_is_refused_a_third_with_its_usage() {
        List<Slot> held = List.of(slot(TODAY.plusDays(1), 10), slot(TODAY.plusDays(3), 16));

        BookingDecision decision = rules(QuotaRules.defaults()).decide(attempt(TODAY.plusDays(5), 7, held));

        assertThat(decision)
                .isEqualTo(new BookingDecision.Refused(
                        Refusal.QUOTA_FUTURE_BOOKINGS,
                        Optional.of(new QuotaUsage(2, 2, Optional.of(LocalDateTime.of(2026, 11, 26, 13, 0)))),
                        Optional.empty(),
                        Optional.of(new QuotaBreach(List.of(Refusal.QUOTA_FUTURE_BOOKINGS), TODAY.plusDays(5), 0, 1))));
    }

    @Test
    void a_full_day_of_a_household_with_all_its_future_bookings_is_refused_for_the_future_bookings() {
        // given two future bookings (the most), one of them on the day asked for
        List<Slot> held = List.of(slot(TODAY.plusDays(1), 10), slot(TODAY.plusDays(3), 16));

        // when the same day is asked for again
        BookingDecision decision = rules(QuotaRules.defaults()).decide(attempt(TODAY.plusDays(1), 16, held));

        // then another day would not help: the future bookings refuse, and the day's numbers come along
        assertThat(decision).isInstanceOfSatisfying(BookingDecision.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(Refusal.QUOTA_FUTURE_BOOKINGS);
            assertThat(refused.breach())
                    .contains(new QuotaBreach(
                            List.of(Refusal.QUOTA_FUTURE_BOOKINGS, Refusal.QUOTA_PER_DAY), TODAY.plusDays(1), 1, 1));
        });
    }

    @Test
    void an_ended_booking_no_longer_counts_against_future_bookings() {
        List<Slot> held = List.of(slot(TODAY, 7), slot(TODAY.plusDays(2), 10));

        BookingDecision decision = rules(QuotaRules.defaults()).decide(attempt(TODAY.plusDays(4), 13, held));

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void a_second_booking_on_the_same_day_is_refused() {
        List<Slot> held = List.of(slot(TODAY.plusDays(1), 7));

        BookingDecision decision = rules(QuotaRules.defaults()).decide(attempt(TODAY.plusDays(1), 19, held));

        assertThat(decision)
                .isInstanceOfSatisfying(
                        BookingDecision.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Refusal.QUOTA_PER_DAY));
    }

    @Test
    void a_rolling_limit_counts_every_window_that_holds_the_new_date() {
        QuotaRules fourPerWeek = new QuotaRules(10, 1, Optional.of(new RollingLimit(2, 7)), Period.ofWeeks(4));
        List<Slot> held = List.of(slot(TODAY.plusDays(1), 7), slot(TODAY.plusDays(7), 7));

        BookingRules rules = rules(fourPerWeek);

        // Day 4 shares a 7-day window with day 1 and with day 7: each window would then hold two plus one.
        assertThat(rules.decide(attempt(TODAY.plusDays(4), 7, List.of(held.getFirst())))
                        .allowed())
                .isTrue();
        assertThat(rules.decide(attempt(TODAY.plusDays(4), 7, held)))
                .isInstanceOfSatisfying(
                        BookingDecision.Refused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(Refusal.QUOTA_ROLLING));
        // Day 14 is more than six days after day 7: no window holds both.
        assertThat(rules.decide(attempt(TODAY.plusDays(14), 7, held)).allowed()).isTrue();
    }

    @Test
    void usage_says_how_many_are_left_and_when_a_place_frees() {
        BookingRules rules = rules(QuotaRules.defaults());

        QuotaUsage none = rules.usage(List.of());
        QuotaUsage one = rules.usage(List.of(slot(TODAY, 7), slot(TODAY.plusDays(2), 13)));

        assertThat(none).isEqualTo(new QuotaUsage(0, 2, Optional.empty()));
        assertThat(none.remaining()).isEqualTo(2);
        assertThat(one.remaining()).isEqualTo(1);
        assertThat(one.nextFreeing()).contains(LocalDateTime.of(2026, 11, 27, 16, 0));
    }

    @Test
    void a_closed_object_is_refused_with_the_closure_before_quota_or_holder() {
        Closure outOfOrder = new Closure(
                LAUNDRY,
                TODAY.plusDays(1).atTime(12, 0),
                Optional.of(TODAY.plusDays(2).atTime(8, 0)),
                "Torktumlaren trasig");
        BookingAttempt attempt = new BookingAttempt(
                LAUNDRY, TODAY.plusDays(1), LocalTime.of(10, 0), Optional.of(9L), List.of(), List.of(outOfOrder));

        BookingDecision decision = rules(QuotaRules.defaults()).decide(attempt);

        assertThat(decision)
                .isEqualTo(new BookingDecision.Refused(
                        Refusal.RESOURCE_CLOSED, Optional.empty(), Optional.of(outOfOrder)));
    }

    @Test
    void a_closure_covers_slots_that_overlap_it_and_no_others() {
        Closure cleaning = new Closure(LAUNDRY, TODAY.atTime(12, 0), Optional.of(TODAY.atTime(16, 0)), "Städning");
        Closure untilFurtherNotice = new Closure(LAUNDRY, TODAY.atTime(16, 0), Optional.empty(), "Vattenskada");

        assertThat(cleaning.overlaps(slot(TODAY, 10))).isTrue();
        assertThat(cleaning.overlaps(slot(TODAY, 13))).isTrue();
        assertThat(cleaning.overlaps(slot(TODAY, 16))).isFalse();
        assertThat(cleaning.overlaps(slot(TODAY, 7))).isFalse();
        assertThat(untilFurtherNotice.overlaps(slot(TODAY.plusYears(1), 7))).isTrue();
        assertThat(untilFurtherNotice.overlaps(new Slot(2, TODAY, SlotTime.of(16, 19))))
                .isFalse();
    }

    @Test
    void nonsensical_limits_are_refused_with_their_values() {
        assertThatThrownBy(() -> new QuotaRules(0, 1, Optional.empty(), Period.ofWeeks(4)))
                .hasMessage("max future bookings must be at least 1, was 0");
        assertThatThrownBy(() -> new QuotaRules(2, 0, Optional.empty(), Period.ofWeeks(4)))
                .hasMessage("max bookings per day must be at least 1, was 0");
        assertThatThrownBy(() -> new RollingLimit(4, 0)).hasMessage("a rolling window must be 1 to 366 days, was 0");
        assertThatThrownBy(() -> new Closure(LAUNDRY, TODAY.atTime(12, 0), Optional.of(TODAY.atTime(12, 0)), "x"))
                .hasMessageContaining("must end after it starts");
    }
}
