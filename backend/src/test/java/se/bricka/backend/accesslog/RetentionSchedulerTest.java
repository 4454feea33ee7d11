package se.bricka.backend.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetentionSchedulerTest {

    @Test
    void the_purge_runs_again_every_period_and_housekeeping_on_its_own_period() {
        // given
        AtomicInteger purges = new AtomicInteger();
        AtomicInteger housekeeping = new AtomicInteger();

        // when
        RetentionScheduler scheduler = RetentionScheduler.start(
                purges::incrementAndGet, Duration.ofMillis(20), housekeeping::incrementAndGet, Duration.ofHours(1));

        // then
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> purges.get() >= 5);
            assertThat(housekeeping.get()).isZero();
        } finally {
            scheduler.close();
        }
    }

    @Test
    void a_failing_purge_runs_again_at_the_next_period() {
        // given
        AtomicInteger attempts = new AtomicInteger();
        Runnable failing = () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database away");
        };

        // when
        RetentionScheduler scheduler =
                RetentionScheduler.start(failing, Duration.ofMillis(20), () -> {}, Duration.ofHours(1));

        // then
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 3);
        } finally {
            scheduler.close();
        }
    }

    @Test
    void a_period_that_is_not_positive_is_refused() {
        // then
        assertThatThrownBy(() -> RetentionScheduler.start(() -> {}, Duration.ZERO, () -> {}, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PT0S");
    }
}
