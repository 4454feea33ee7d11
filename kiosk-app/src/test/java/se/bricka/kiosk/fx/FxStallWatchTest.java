package se.bricka.kiosk.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FxStallWatchTest {

    private final AtomicLong nanos = new AtomicLong();
    private final List<Runnable> fxQueue = new ArrayList<>();
    private final Executor stalledFx = fxQueue::add;
    private final AtomicInteger recoveries = new AtomicInteger();
    private final FxStallWatch watch =
            new FxStallWatch(stalledFx, nanos::get, Duration.ofSeconds(5), recoveries::incrementAndGet);

    @Test
    void an_fx_thread_that_does_not_answer_within_the_limit_counts_as_stalled() {
        // given
        watch.check();

        // when
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        watch.check();

        // then
        assertThat(watch.stalled()).isTrue();
        assertThat(recoveries).hasValue(0);
    }

    @Test
    void when_the_fx_thread_answers_again_the_board_is_brought_back_once() {
        // given
        watch.check();
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        watch.check();

        // when
        fxQueue.forEach(Runnable::run);

        // then
        assertThat(watch.stalled()).isFalse();
        assertThat(recoveries).hasValue(1);
    }

    @Test
    void an_fx_thread_that_answers_in_time_is_left_alone() {
        // when
        for (int second = 0; second < 10; second++) {
            watch.check();
            fxQueue.forEach(Runnable::run);
            fxQueue.clear();
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        }

        // then
        assertThat(watch.stalled()).isFalse();
        assertThat(recoveries).hasValue(0);
    }
}
