package se.bricka.hw.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {

    @Test
    void a_repeating_task_that_throws_keeps_repeating_on_the_named_thread() throws InterruptedException {
        // given
        CountDownLatch runs = new CountDownLatch(3);
        String[] thread = new String[1];
        try (ExecutorScheduler scheduler = new ExecutorScheduler("reader-x", Clock.systemUTC())) {

            // when
            scheduler.repeat(Duration.ofMillis(5), () -> {
                thread[0] = Thread.currentThread().getName();
                runs.countDown();
                throw new IllegalStateException("poll failed");
            });

            // then
            assertThat(runs.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(thread[0]).isEqualTo("reader-x");
        }
    }

    @Test
    void a_cancelled_task_does_not_run() throws InterruptedException {
        // given
        AtomicInteger runs = new AtomicInteger();
        try (ExecutorScheduler scheduler = new ExecutorScheduler("door-x", Clock.systemUTC())) {
            Scheduler.Cancellable relock = scheduler.schedule(Duration.ofMillis(50), runs::incrementAndGet);

            // when
            relock.cancel();
            Thread.sleep(150);

            // then
            assertThat(runs).hasValue(0);
        }
    }

    @Test
    void closing_drops_tasks_still_waiting_without_waiting_for_them() {
        // given
        AtomicInteger runs = new AtomicInteger();
        ExecutorScheduler scheduler = new ExecutorScheduler("door-y", Clock.systemUTC());
        scheduler.schedule(Duration.ofSeconds(30), runs::incrementAndGet);
        long start = System.nanoTime();

        // when
        scheduler.close();

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(runs).hasValue(0);
    }
}
