package se.bricka.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(42));

    @Test
    void waits_double_with_each_failure_within_the_upper_half() {
        for (int failure = 0; failure < 5; failure++) {
            // when
            Duration wait = backoff.next();

            // then
            long ceiling = 1000L << failure;
            assertThat(wait.toMillis()).isBetween(ceiling / 2, ceiling);
        }
    }

    @Test
    void waits_never_exceed_the_maximum() {
        // when
        for (int failure = 0; failure < 40; failure++) {
            backoff.next();
        }

        // then
        assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_reset_starts_over_from_the_first_wait() {
        // given
        for (int failure = 0; failure < 6; failure++) {
            backoff.next();
        }

        // when
        backoff.reset();

        // then
        assertThat(backoff.next()).isLessThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_maximum_below_the_first_wait_is_refused_naming_it() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(1), new Random()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT1S");
    }
}
