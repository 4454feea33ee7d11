package se.bricka.backend.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EnrollmentThrottleTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    private final EnrollmentThrottle throttle = new EnrollmentThrottle(3, 5, Duration.ofMinutes(1));

    @Test
    void a_source_under_its_limit_may_try() {
        // given
        throttle.refused("10.0.0.1", NOW);
        throttle.refused("10.0.0.1", NOW.plusSeconds(10));

        // then
        assertThat(throttle.waitFor("10.0.0.1", NOW.plusSeconds(20))).isEmpty();
    }

    @Test
    void a_source_at_its_limit_waits_until_its_oldest_refusal_leaves_the_window() {
        // given
        throttle.refused("10.0.0.1", NOW);
        throttle.refused("10.0.0.1", NOW.plusSeconds(10));
        throttle.refused("10.0.0.1", NOW.plusSeconds(20));

        // then
        assertThat(throttle.waitFor("10.0.0.1", NOW.plusSeconds(30))).contains(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("10.0.0.1", NOW.plusSeconds(60))).isEmpty();
        assertThat(throttle.waitFor("10.0.0.2", NOW.plusSeconds(30))).isEmpty();
    }

    @Test
    void refusals_from_many_sources_together_hold_back_every_source() {
        // given: five sources, one refusal each
        for (int i = 0; i < 5; i++) {
            throttle.refused("10.0.0." + i, NOW.plusSeconds(i));
        }

        // then: a sixth source, never refused, waits too
        assertThat(throttle.waitFor("10.0.0.99", NOW.plusSeconds(5))).contains(Duration.ofSeconds(55));
        assertThat(throttle.waitFor("10.0.0.99", NOW.plusSeconds(61))).isEmpty();
    }

    @Test
    void limits_that_are_not_positive_are_refused_naming_them() {
        assertThatThrownBy(() -> new EnrollmentThrottle(0, 5, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0, 5");
        assertThatThrownBy(() -> new EnrollmentThrottle(3, 5, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
    }
}
