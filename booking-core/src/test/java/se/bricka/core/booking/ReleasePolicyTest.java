package se.bricka.core.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReleasePolicyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Slot TEN_TO_ONE = new Slot(1, LocalDate.of(2026, 11, 25), SlotTime.of(10, 13));
    private static final ReleasePolicy POLICY = ReleasePolicy.defaults();

    private static Instant at(String localTime) {
        return LocalDate.of(2026, 11, 25)
                .atTime(java.time.LocalTime.parse(localTime))
                .atZone(STOCKHOLM)
                .toInstant();
    }

    @Test
    void an_unused_booking_is_kept_until_thirty_minutes_after_the_start() {
        assertThat(POLICY.releases(TEN_TO_ONE, false, at("10:29:59"), STOCKHOLM))
                .isFalse();
        assertThat(POLICY.releases(TEN_TO_ONE, false, at("10:30"), STOCKHOLM)).isTrue();
    }

    @Test
    void a_booking_made_after_the_start_gets_its_own_full_window() {
        // booked at 10:45, a quarter of an hour after the ordinary release time
        Instant bookedAt = at("10:45");

        assertThat(POLICY.releases(TEN_TO_ONE, bookedAt, false, at("11:14"), STOCKHOLM))
                .isFalse();
        assertThat(POLICY.releases(TEN_TO_ONE, bookedAt, false, at("11:15"), STOCKHOLM))
                .isTrue();
    }

    @Test
    void a_booking_made_in_advance_is_released_at_the_ordinary_time() {
        assertThat(POLICY.releases(TEN_TO_ONE, at("08:00").minus(Duration.ofDays(2)), false, at("10:30"), STOCKHOLM))
                .isTrue();
    }

    @Test
    void a_checked_in_booking_is_never_released() {
        assertThat(POLICY.releases(TEN_TO_ONE, true, at("11:00"), STOCKHOLM)).isFalse();
    }

    @Test
    void an_ended_slot_has_nothing_left_to_release() {
        assertThat(POLICY.releases(TEN_TO_ONE, false, at("13:00"), STOCKHOLM)).isFalse();
    }

    @Test
    void a_window_must_be_positive() {
        assertThatThrownBy(() -> new ReleasePolicy(Duration.ZERO))
                .hasMessage("check-in window must be positive, was PT0S");
    }
}
