package se.bricka.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ActionQueueTest {

    private final ActionQueue queue = new ActionQueue("test-queue");

    @AfterEach
    void close() {
        queue.close();
    }

    @Test
    void actions_run_one_after_another_in_the_order_they_were_submitted() {
        // given
        List<Integer> ran = new CopyOnWriteArrayList<>();

        // when
        for (int i = 0; i < 50; i++) {
            int n = i;
            queue.submit(() -> ran.add(n));
        }

        // then
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(ran).hasSize(50).isSorted();
    }

    @Test
    void a_failing_action_does_not_stop_the_ones_behind_it() {
        // given
        List<String> ran = new CopyOnWriteArrayList<>();

        // when
        queue.submit(() -> {
            throw new IllegalStateException("boom");
        });
        queue.submit(() -> ran.add("after"));

        // then
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
        assertThat(ran).containsExactly("after");
    }

    @Test
    void waiting_covers_actions_that_queued_actions_submit_in_turn() {
        // given
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        queue.submit(() -> {
            started.countDown();
            sleep(100); // the waiter's marker is queued while this runs
            queue.submit(() -> queue.submit(() -> ran.add("grandchild")));
        });

        // when
        boolean idle = awaitAfter(started);

        // then
        assertThat(idle).isTrue();
        assertThat(ran).containsExactly("grandchild");
    }

    @Test
    void waiting_never_returns_while_a_chained_action_is_still_to_run() {
        // given chains of three actions, each submitting the next after a moment's work, so that
        // the waiter looks at the queue while a chained action is taken but has not yet submitted
        AtomicInteger ran = new AtomicInteger();
        for (int round = 1; round <= 300; round++) {
            queue.submit(() -> {
                sleep(1); // the waiter starts waiting while this runs
                ran.incrementAndGet();
                queue.submit(() -> {
                    busy(Duration.ofNanos(200_000));
                    ran.incrementAndGet();
                    queue.submit(ran::incrementAndGet);
                });
            });

            // when
            boolean idle = queue.awaitIdle(Duration.ofSeconds(5));

            // then every action of the chain has run when the wait returns
            assertThat(idle).isTrue();
            assertThat(ran.get()).as("actions run after round %d", round).isEqualTo(3 * round);
        }
    }

    private boolean awaitAfter(CountDownLatch started) {
        try {
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return queue.awaitIdle(Duration.ofSeconds(5));
    }

    private static void busy(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void waiting_for_a_busy_queue_gives_up_after_the_timeout() throws InterruptedException {
        // given
        CountDownLatch release = new CountDownLatch(1);
        queue.submit(() -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        // when
        boolean idle = queue.awaitIdle(Duration.ofMillis(100));
        release.countDown();

        // then
        assertThat(idle).isFalse();
        assertThat(queue.awaitIdle(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void actions_submitted_after_closing_are_ignored() {
        // given
        List<String> ran = new CopyOnWriteArrayList<>();
        queue.close();

        // when
        queue.submit(() -> ran.add("late"));

        // then
        assertThat(queue.awaitIdle(Duration.ofSeconds(1))).isTrue();
        assertThat(ran).isEmpty();
    }
}
