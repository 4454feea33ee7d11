package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.hw.linux.gpio.LineEvent;
import se.bricka.hw.linux.gpio.LineEvents;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.Sleeper;

/**
 * The kernel-request Wiegand reader through the real C calls on a named pipe that stands for the
 * line request: edge records go in as the kernel writes them, numbered and time-stamped, and taps
 * come out. Time is the test's: the reader's clock and the edges' stamps are one counter.
 */
class KernelWiegandReaderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final long BOTH_HIGH = 0b11;

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);
    private final AtomicLong clockReads = new AtomicLong();
    private final List<TagRead> taps = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<FifoLineEvents> requests = new LinkedBlockingQueue<>();
    private final List<FifoLineEvents> opened = new CopyOnWriteArrayList<>();
    private KernelWiegandReader reader;

    @AfterEach
    void shutDown() {
        if (reader != null) {
            reader.close();
        }
        opened.forEach(FifoLineEvents::close);
    }

    /** A reader whose line requests are the pipes the test queues, one per request. */
    private KernelWiegandReader start(FifoLineEvents... lines) {
        long readsBefore = clockReads.get();
        startAtOnce(lines);
        timeMovesOnAfterTheRequest(readsBefore);
        return reader;
    }

    /** A reader started, its clock not moved on after it requests the lines. */
    private void startAtOnce(FifoLineEvents... lines) {
        requests.addAll(List.of(lines));
        LineEvents.Opener opener = () -> {
            try {
                FifoLineEvents next = requests.take();
                opened.add(next);
                return next;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("closed while waiting for a request", e);
            }
        };
        reader = new KernelWiegandReader(
                "gate-1",
                opener,
                WiegandDecoder.standard(),
                Duration.ofMillis(25),
                Duration.ofSeconds(1),
                Clock.systemUTC(),
                () -> {
                    clockReads.incrementAndGet();
                    return nanos.get();
                },
                Sleeper.SYSTEM);
        reader.start(taps::add);
    }

    /**
     * The reader reads the clock first once it holds a request; a frame within a gap of that may have
     * begun before it, so time moves on before the test sends one.
     */
    private void timeMovesOnAfterTheRequest(long readsBefore) {
        await().atMost(WAIT).until(() -> clockReads.get() > readsBefore);
        nanos.addAndGet(Duration.ofMillis(100).toNanos());
    }

    private FifoLineEvents lines(String name, long levels) throws IOException {
        return new FifoLineEvents(dir, name, levels);
    }

    /** The first 37-bit card of facility 321 whose frame {@code holds}. */
    private static String h10304Where(Predicate<String> holds) {
        return IntStream.range(0, 524_288)
                .mapToObj(card -> WiegandBits.h10304(321, card))
                .filter(holds)
                .findFirst()
                .orElseThrow();
    }

    /** Waits for a tap, which must be the only one, and be the card {@code uid}. */
    private void awaitOneTapOf(String uid) {
        await().atMost(WAIT).until(() -> !taps.isEmpty());
        assertThat(taps)
                .singleElement()
                .satisfies(read -> assertThat(read.uid().hex()).isEqualTo(uid));
    }

    /** Sends a whole frame starting now, moves time past its end and the frame gap. */
    private void transmit(FifoLineEvents lines, String bits) {
        long start = nanos.get();
        lines.write(WiegandTransmitter.frame(lines, bits, start));
        nanos.set(WiegandTransmitter.end(bits, start) + Duration.ofMillis(40).toNanos());
    }

    /** Moves time on by 200 ms at each look: whether the reader has reached {@code status}. */
    private boolean laterStill(ReaderHealth.Status status) {
        nanos.addAndGet(Duration.ofMillis(200).toNanos());
        return reader.health().status() == status;
    }

    @Test
    void an_h10301_frame_is_a_tap_with_the_cards_uid() throws IOException {
        // given
        FifoLineEvents lines = lines("gpiochip0-request", BOTH_HIGH);
        start(lines);

        // when
        transmit(lines, WiegandBits.h10301(18, 12345));

        // then
        await().atMost(WAIT).until(() -> !taps.isEmpty());
        assertThat(taps).singleElement().satisfies(read -> {
            assertThat(read.uid().hex()).isEqualTo("00123039");
            assertThat(read.readerId()).isEqualTo("gate-1");
        });
        assertThat(reader.health().status()).isEqualTo(ReaderHealth.Status.OK);
        assertThat(reader.health().faultyFrames()).isZero();
    }

    @Test
    void a_frame_found_queued_after_a_stall_is_read_in_the_order_and_spacing_of_the_wire() throws IOException {
        // given: the reader's thread was stalled for 300 ms while a card was read
        FifoLineEvents lines = lines("stalled", BOTH_HIGH);
        start(lines);
        String bits = WiegandBits.w34(4660, 22136);
        long sent = nanos.get();
        nanos.addAndGet(Duration.ofMillis(300).toNanos());

        // when: all 34 edges reach it at once, long after they happened
        lines.write(WiegandTransmitter.frame(lines, bits, sent));

        // then: the kernel's stamps keep the bits 2 ms apart, so the frame is no burst and reads whole
        awaitOneTapOf("12345678");
        assertThat(reader.health().faultyFrames()).isZero();
    }

    @Test
    void an_edge_queued_before_an_earlier_numbered_one_is_put_back_in_the_kernels_numbering() throws IOException {
        // given: a frame whose bits 3 and 4 are on different lines, as each line's interrupt thread
        // queues its own edges
        FifoLineEvents lines = lines("out-of-turn", BOTH_HIGH);
        start(lines);
        String bits = WiegandBits.w34(4660, 22136);
        assertThat(bits.charAt(3)).isNotEqualTo(bits.charAt(4));
        long start = nanos.get();
        List<LineEvent> events = new ArrayList<>(WiegandTransmitter.frame(lines, bits, start));

        // when: DATA0's thread was held up, so edge 5 was queued before edge 4
        Collections.swap(events, 3, 4);
        lines.write(events);
        nanos.set(WiegandTransmitter.end(bits, start) + Duration.ofMillis(40).toNanos());

        // then: read as sent, nothing counted as lost
        awaitOneTapOf("12345678");
        assertThat(reader.health().faultyFrames()).isZero();
    }

    @Test
    void a_frames_last_edges_still_in_their_interrupt_threads_are_waited_for_not_cut_off() throws IOException {
        // given: a 37-bit card whose first 34 bits alone would pass as a 34-bit card
        FifoLineEvents lines = lines("late-tail", BOTH_HIGH);
        start(lines);
        String bits =
                h10304Where(frame -> WiegandBits.uidOf(frame.substring(0, 34)).isPresent());
        long start = nanos.get();
        List<LineEvent> events = WiegandTransmitter.frame(lines, bits, start);

        // when: 34 edges are queued; the reader finds the queue empty 30 ms after the 34th, past the
        // 25 ms gap, while the last three are stamped but still in their threads; then they come
        lines.write(events.subList(0, 34));
        nanos.set(events.get(33).nanos() + Duration.ofMillis(30).toNanos());
        await().pollDelay(Duration.ofMillis(200)).atMost(WAIT).until(() -> true);
        lines.write(events.subList(34, 37));
        nanos.set(WiegandTransmitter.end(bits, start) + Duration.ofMillis(60).toNanos());

        // then: the whole card, not the 34-bit one
        await().atMost(WAIT).until(() -> !taps.isEmpty() || reader.health().faultyFrames() > 0);
        assertThat(taps)
                .singleElement()
                .satisfies(read -> assertThat(read.uid().hex())
                        .isEqualTo(WiegandBits.uidOf(bits).orElseThrow()));
    }

    @Test
    void a_frame_already_under_way_when_the_lines_are_requested_is_rejected_not_read_short() throws IOException {
        // given: a 37-bit card whose last 34 bits alone would pass as a 34-bit card, and a reader
        // that has just requested its lines
        String bits = h10304Where(frame -> WiegandBits.uidOf(frame.substring(3)).isPresent());
        FifoLineEvents lines = lines("mid-frame", BOTH_HIGH);
        long readsBefore = clockReads.get();
        startAtOnce(lines);
        await().atMost(WAIT).until(() -> clockReads.get() > readsBefore);

        // when: the card's first three bits went by before the request; the kernel numbers the rest,
        // which come from the moment it was in place, from 1
        String seen = bits.substring(3);
        long start = nanos.get();
        lines.write(WiegandTransmitter.frame(lines, seen, start));
        nanos.set(WiegandTransmitter.end(seen, start) + Duration.ofMillis(60).toNanos());

        // then: rejected and counted, not read as the 34-bit card
        await().atMost(WAIT).until(() -> reader.health().faultyFrames() == 1);
        assertThat(taps).isEmpty();
    }

    @Test
    void edges_the_kernel_dropped_reject_the_frame_even_when_the_rest_reads_as_another_card() throws IOException {
        // given: a valid 34-bit frame with three extra bits sent inside it, 37 bits on the wire
        FifoLineEvents lines = lines("overflow", BOTH_HIGH);
        start(lines);
        String valid = WiegandBits.w34(77, 4242);
        String sent = valid.substring(0, 10) + "101" + valid.substring(10);
        long start = nanos.get();
        List<LineEvent> onTheWire = WiegandTransmitter.frame(lines, sent, start);

        // when: the kernel's queue overflows and the three extra bits' edges are lost
        List<LineEvent> kept = new ArrayList<>(onTheWire);
        kept.subList(10, 13).clear();
        lines.write(kept);
        nanos.set(WiegandTransmitter.end(sent, start) + Duration.ofMillis(40).toNanos());

        // then: what is left would pass as card 4242, but the gap in the numbers rejects it
        await().atMost(WAIT).until(() -> reader.health().faultyFrames() == 1);
        assertThat(taps).isEmpty();
    }

    @Test
    void edges_lost_between_two_frames_reject_both_and_the_next_clean_frame_reads() throws IOException {
        // given
        FifoLineEvents lines = lines("between", BOTH_HIGH);
        start(lines);
        String card = WiegandBits.h10301(1, 100);
        long first = nanos.get();
        List<LineEvent> events = new ArrayList<>(WiegandTransmitter.frame(lines, card, first));
        long second =
                WiegandTransmitter.end(card, first) + Duration.ofMillis(100).toNanos();

        // when: edges are lost after the first frame ended and before the second's first edge
        lines.drop(4);
        events.addAll(WiegandTransmitter.frame(lines, card, second));
        lines.write(events);
        nanos.set(WiegandTransmitter.end(card, second) + Duration.ofMillis(40).toNanos());
        await().atMost(WAIT).until(() -> reader.health().faultyFrames() == 2);
        long third = nanos.get() + Duration.ofSeconds(2).toNanos();
        nanos.set(third);
        transmit(lines, card);

        // then
        awaitOneTapOf("00010064");
        assertThat(reader.health().faultyFrames()).isEqualTo(2);
    }

    @Test
    void a_data_line_held_low_makes_the_reader_faulty_until_it_rises() throws IOException {
        // given
        FifoLineEvents lines = lines("stuck", BOTH_HIGH);
        start(lines);

        // when: DATA0 falls and stays low for over a second
        lines.write(List.of(lines.next(0, true, nanos.get())));
        lines.levels(0b10);

        // then
        await().atMost(WAIT).until(() -> laterStill(ReaderHealth.Status.FAULTY));
        assertThat(reader.health().detail()).contains("DATA0 has been low");

        // when: it is high again, and the lone bit it made has long been closed as a frame
        lines.levels(BOTH_HIGH);

        // then
        await().atMost(WAIT).until(() -> reader.health().status() != ReaderHealth.Status.FAULTY);
        transmit(lines, WiegandBits.h10301(18, 12345));
        awaitOneTapOf("00123039");
    }

    @Test
    void a_line_low_when_the_lines_are_requested_counts_as_held_low() throws IOException {
        // given: DATA1 reads low at the request and no edge ever comes
        FifoLineEvents lines = lines("low-at-start", 0b01);

        // when
        start(lines);

        // then
        await().atMost(WAIT).until(() -> laterStill(ReaderHealth.Status.FAULTY));
        assertThat(reader.health().detail()).contains("DATA1");
    }

    @Test
    void lines_that_can_no_longer_be_read_are_a_fault_and_a_new_request_recovers() throws IOException {
        // given
        FifoLineEvents first = lines("first", BOTH_HIGH);
        start(first);
        await().atMost(WAIT).until(() -> opened.size() == 1);

        // when: the request's descriptor ends
        first.hangUp();

        // then
        await().atMost(WAIT).until(() -> reader.health().status() == ReaderHealth.Status.FAULTY);
        assertThat(reader.health().detail()).contains("cannot be read");

        // when: the lines can be requested again
        FifoLineEvents second = lines("second", BOTH_HIGH);
        requests.add(second);

        // then
        await().atMost(WAIT).until(() -> reader.health().status() == ReaderHealth.Status.OK);
        timeMovesOnAfterTheRequest(clockReads.get());
        transmit(second, WiegandBits.h10301(18, 12345));
        awaitOneTapOf("00123039");
    }

    @Test
    void a_card_repeated_while_held_is_one_tap() throws IOException {
        // given
        FifoLineEvents lines = lines("held", BOTH_HIGH);
        start(lines);
        String card = WiegandBits.h10301(18, 12345);

        // when: the reader sends the frame three times, 100 ms apart, then another card's
        for (int repeat = 0; repeat < 3; repeat++) {
            transmit(lines, card);
            nanos.addAndGet(Duration.ofMillis(60).toNanos());
        }
        transmit(lines, WiegandBits.h10301(18, 54321));

        // then
        await().atMost(WAIT).until(() -> taps.size() >= 2);
        assertThat(taps).extracting(read -> read.uid().hex()).containsExactly("00123039", "0012D431");
        assertThat(reader.health().faultyFrames()).isZero();
    }
}
