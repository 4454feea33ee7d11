package se.bricka.kiosk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PinAttemptsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));
    private final PinAttempts attempts = new PinAttempts(clock);

    @Test
    void four_wrong_pins_leave_one_try_and_do_not_lock() {
        // when
        PinAttempts.Failure last = null;
        for (int i = 0; i < 4; i++) {
            last = attempts.failed();
        }

        // then
        assertThat(last.triesLeft()).isEqualTo(1);
        assertThat(last.lockedUntil()).isEmpty();
        assertThat(attempts.isLocked()).isFalse();
    }

    @Test
    void the_fifth_wrong_pin_locks_the_pad_for_one_minute() {
        // when
        failTimes(5);

        // then
        assertThat(attempts.isLocked()).isTrue();
        assertThat(attempts.lockLeft()).isEqualTo(Duration.ofMinutes(1));
        clock.advance(Duration.ofSeconds(59));
        assertThat(attempts.isLocked()).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(attempts.isLocked()).isFalse();
    }

    @Test
    void each_lock_in_a_row_lasts_longer_one_five_fifteen_then_sixty_minutes() {
        // given
        Duration[] expected = {
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(15),
            Duration.ofHours(1),
            Duration.ofHours(1)
        };

        for (Duration lock : expected) {
            // when
            failTimes(5);

            // then
            assertThat(attempts.lockLeft()).isEqualTo(lock);
            clock.advance(lock);
        }
    }

    @Test
    void a_right_pin_starts_the_count_and_the_lock_lengths_over() {
        // given
        failTimes(5);
        clock.advance(Duration.ofMinutes(1));
        failTimes(3);

        // when
        attempts.succeeded();
        failTimes(5);

        // then
        assertThat(attempts.lockLeft()).isEqualTo(Duration.ofMinutes(1));
    }

    private void failTimes(int times) {
        for (int i = 0; i < times; i++) {
            attempts.failed();
        }
    }
}
