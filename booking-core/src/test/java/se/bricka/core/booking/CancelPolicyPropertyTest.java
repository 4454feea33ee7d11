package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CancelPolicyPropertyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** Two years of dates from 2026-01-01: every daylight-saving change of 2026 and 2027 is in range. */
    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

    @Property
    void cancelling_is_open_exactly_until_the_notice_before_the_start(
            @ForAll("slots") Slot slot,
            @ForAll @IntRange(min = 0, max = 168) int noticeHours,
            @ForAll @IntRange(min = -20_000, max = 20_000) int minutesFromStart) {
        CancelPolicy policy = CancelPolicy.hoursBefore(noticeHours);
        Instant start = slot.startsAt(STOCKHOLM);
        Instant now = start.plus(minutesFromStart, ChronoUnit.MINUTES);

        boolean allowed = policy.allows(slot, now, STOCKHOLM);

        long minutesBeforeStart = -minutesFromStart;
        assertThat(allowed).isEqualTo(minutesBeforeStart > noticeHours * 60L);
    }

    @Property
    void the_last_moment_is_the_notice_in_elapsed_time_before_the_start_and_never_after_it(
            @ForAll("slots") Slot slot, @ForAll @IntRange(min = 0, max = 168) int noticeHours) {
        CancelPolicy policy = CancelPolicy.hoursBefore(noticeHours);

        Instant closes = policy.closesAt(slot, STOCKHOLM);

        assertThat(Duration.between(closes, slot.startsAt(STOCKHOLM))).isEqualTo(Duration.ofHours(noticeHours));
        assertThat(policy.allows(slot, closes.minusSeconds(1), STOCKHOLM)).isTrue();
        assertThat(policy.allows(slot, closes, STOCKHOLM)).isFalse();
    }

    @Property
    void a_longer_notice_never_allows_a_cancel_a_shorter_one_refuses(
            @ForAll("slots") Slot slot,
            @ForAll @IntRange(min = 0, max = 168) int shorter,
            @ForAll @IntRange(min = 0, max = 168) int extra,
            @ForAll @IntRange(min = -20_000, max = 20_000) int minutesFromStart) {
        Instant now = slot.startsAt(STOCKHOLM).plus(minutesFromStart, ChronoUnit.MINUTES);
        int longer = Math.min(168, shorter + extra);

        boolean longerAllows = CancelPolicy.hoursBefore(longer).allows(slot, now, STOCKHOLM);
        boolean shorterAllows = CancelPolicy.hoursBefore(shorter).allows(slot, now, STOCKHOLM);

        assertThat(!longerAllows || shorterAllows).isTrue();
    }

    @Property
    void the_default_closes_at_the_start_so_a_started_slot_is_never_cancelled(
            @ForAll("slots") Slot slot, @ForAll @IntRange(min = 0, max = 600) int minutesAfterStart) {
        Instant now = slot.startsAt(STOCKHOLM).plus(minutesAfterStart, ChronoUnit.MINUTES);

        assertThat(CancelPolicy.untilStart().allows(slot, now, STOCKHOLM)).isFalse();
        assertThat(CancelPolicy.untilStart()
                        .allows(slot, slot.startsAt(STOCKHOLM).minusSeconds(1), STOCKHOLM))
                .isTrue();
    }

    @Property
    void a_notice_outside_zero_to_a_week_is_refused(@ForAll @IntRange(min = 1, max = 10_000) int minutes) {
        Duration tooLong = CancelPolicy.MAX_NOTICE.plusMinutes(minutes);

        assertThat(refuses(tooLong)).isTrue();
        assertThat(refuses(Duration.ofMinutes(-minutes))).isTrue();
    }

    private static boolean refuses(Duration notice) {
        try {
            new CancelPolicy(notice);
            return false;
        } catch (IllegalArgumentException e) {
            return e.getMessage().contains(notice.toString());
        }
    }

    @Provide
    Arbitrary<Slot> slots() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 730).map(FIRST::plusDays);
        // 02:00 and 03:00 fall in or next to the spring gap and the autumn overlap.
        Arbitrary<SlotTime> times = Arbitraries.of(
                SlotTime.of(2, 3), SlotTime.of(3, 4), SlotTime.of(7, 10), SlotTime.of(10, 13), SlotTime.of(19, 22));
        return dates.flatMap(date -> times.map(time -> new Slot(1, date, time)));
    }
}
