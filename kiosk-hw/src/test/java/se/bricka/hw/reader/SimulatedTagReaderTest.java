package se.bricka.hw.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.bricka.core.tag.TagUid;

class SimulatedTagReaderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void a_tap_reaches_the_listener_with_uid_reader_and_time() throws InterruptedException {
        BlockingQueue<TagRead> reads = new LinkedBlockingQueue<>();
        try (SimulatedTagReader reader = new SimulatedTagReader("sim-1", CLOCK)) {
            reader.start(reads::add);

            reader.tap(new TagUid("11020001"));

            assertThat(reads.poll(2, TimeUnit.SECONDS))
                    .isEqualTo(new TagRead(new TagUid("11020001"), "sim-1", CLOCK.instant()));
        }
    }

    @Test
    void taps_arrive_in_the_order_they_were_made_on_the_readers_own_thread() throws InterruptedException {
        List<String> threads = new CopyOnWriteArrayList<>();
        BlockingQueue<TagRead> reads = new LinkedBlockingQueue<>();
        try (SimulatedTagReader reader = new SimulatedTagReader("sim-2", CLOCK)) {
            reader.start(read -> {
                threads.add(Thread.currentThread().getName());
                reads.add(read);
            });

            for (int i = 1; i <= 20; i++) {
                reader.tap(new TagUid("1102%04d".formatted(i)));
            }

            for (int i = 1; i <= 20; i++) {
                assertThat(reads.poll(2, TimeUnit.SECONDS).uid()).isEqualTo(new TagUid("1102%04d".formatted(i)));
            }
            assertThat(threads).containsOnly("reader-sim-2");
        }
    }

    @Test
    void a_failing_listener_does_not_stop_the_next_tap() throws InterruptedException {
        BlockingQueue<TagRead> reads = new LinkedBlockingQueue<>();
        try (SimulatedTagReader reader = new SimulatedTagReader("sim-3", CLOCK)) {
            reader.start(read -> {
                if (read.uid().hex().equals("DEADBEEF")) {
                    throw new IllegalStateException("listener broke");
                }
                reads.add(read);
            });

            reader.tap(new TagUid("DEADBEEF"));
            reader.tap(new TagUid("11020001"));

            assertThat(reads.poll(2, TimeUnit.SECONDS).uid()).isEqualTo(new TagUid("11020001"));
        }
    }

    @Test
    void taps_before_start_and_after_close_are_ignored() throws InterruptedException {
        BlockingQueue<TagRead> reads = new LinkedBlockingQueue<>();
        SimulatedTagReader reader = new SimulatedTagReader("sim-4", CLOCK);
        reader.tap(new TagUid("11020001"));
        reader.start(reads::add);
        reader.close();

        reader.tap(new TagUid("11020002"));

        assertThat(reads.poll(200, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void a_reader_is_started_once() {
        try (SimulatedTagReader reader = new SimulatedTagReader("sim-5", CLOCK)) {
            reader.start(read -> {});

            assertThatThrownBy(() -> reader.start(read -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sim-5");
        }
    }

    @Test
    void a_simulated_reader_is_healthy_until_told_otherwise() {
        // given
        try (SimulatedTagReader reader = new SimulatedTagReader("sim-6", CLOCK)) {
            ReaderHealth before = reader.health();

            // when
            reader.simulateHealth(new ReaderHealth(ReaderHealth.Status.NOT_ANSWERING, "unplugged", 3, 0, 12));

            // then
            assertThat(before).isEqualTo(ReaderHealth.ok());
            assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.NOT_ANSWERING);
        }
    }
}
