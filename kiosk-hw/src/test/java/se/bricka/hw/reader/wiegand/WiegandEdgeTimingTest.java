package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.time.ManualTime;

/**
 * The edge timing the Wiegand reader accepts, found by driving Pi4J's mock GPIO with generated edge
 * sequences: falling and rising edges on D0 and D1, with jittered bit intervals and pulse widths,
 * timed to the nanosecond. What it shows: only the falling edge of a pulse counts, so any pulse
 * width works; any bit interval below the frame gap works, however uneven; an interval of the frame
 * gap or more cuts the frame, and the halves are dropped and counted, never read as a card.
 */
class WiegandEdgeTimingTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration FRAME_GAP = Duration.ofMillis(25);
    private static final Duration CHECK_EVERY = FRAME_GAP.dividedBy(2);
    private static final String CARD = WiegandBits.h10301(18, 12345);
    private static final String CARD_UID = "00123039";

    /** A Wiegand reader on mock GPIO, with time moved by hand and read to the nanosecond. */
    private static final class Rig implements AutoCloseable {
        final Context pi4j = Pi4J.newContextBuilder()
                .noAutoDetect()
                .add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance())
                .build();
        final ManualTime time = new ManualTime(START);
        final MockDigitalInput d0 = input("d0", 5);
        final MockDigitalInput d1 = input("d1", 6);
        final List<TagRead> taps = new CopyOnWriteArrayList<>();
        final WiegandTagReader reader;

        Rig(Duration frameGap) {
            reader = new WiegandTagReader(
                    "timing",
                    d0,
                    d1,
                    new WiegandDecoder(
                            List.of(WiegandFormat.H10301, WiegandFormat.W34, WiegandFormat.H10304), frameGap),
                    frameGap.dividedBy(2),
                    Duration.ZERO,
                    time,
                    () -> Duration.between(START, time.clock().instant()).toNanos());
            reader.start(taps::add);
        }

        private MockDigitalInput input(String id, int pin) {
            MockDigitalInput input = (MockDigitalInput) pi4j.create(
                    DigitalInput.newConfigBuilder(pi4j).id(id).address(pin).pull(PullResistance.PULL_UP));
            input.mockState(DigitalState.HIGH);
            return input;
        }

        /** Sends {@code bits}: before bit i the line waits {@code gaps[i]} ns, the pulse lasts {@code widths[i]} ns. */
        void send(String bits, long[] gaps, long[] widths) {
            for (int i = 0; i < bits.length(); i++) {
                MockDigitalInput line = bits.charAt(i) == '1' ? d1 : d0;
                time.advance(Duration.ofNanos(gaps[i]));
                line.mockState(DigitalState.LOW);
                time.advance(Duration.ofNanos(widths[i]));
                line.mockState(DigitalState.HIGH);
            }
        }

        void quiet(Duration duration) {
            time.advance(duration);
        }

        @Override
        public void close() {
            reader.close();
            pi4j.shutdown();
        }
    }

    private static long[] constant(int count, long nanos) {
        long[] values = new long[count];
        Arrays.fill(values, nanos);
        return values;
    }

    @Property(tries = 150)
    void any_bit_interval_from_100_us_to_below_the_frame_gap_and_any_pulse_width_read_the_card(
            @ForAll @LongRange(min = 100_000, max = 20_000_000) long nominalInterval,
            @ForAll @IntRange(min = 0, max = 90) int jitterPercent,
            @ForAll long seed) {
        // given: intervals jittered around the nominal, kept between 100 µs and the gap; pulses 1 µs up to the next bit
        Random random = new Random(seed);
        long[] gaps = new long[CARD.length()];
        long[] widths = new long[CARD.length()];
        for (int i = 0; i < gaps.length; i++) {
            long jitter = nominalInterval * jitterPercent / 100;
            long gap = nominalInterval + (jitter == 0 ? 0 : random.nextLong(-jitter, jitter + 1));
            gap = Math.clamp(gap, WiegandDecoder.MIN_CROSS_LINE_INTERVAL.toNanos(), FRAME_GAP.toNanos() - 1_000);
            long width = 1_000 + random.nextLong(Math.max(1, gap / 2));
            gaps[i] = gap - (i > 0 ? widths[i - 1] : 0);
            widths[i] = width;
        }
        try (Rig rig = new Rig(FRAME_GAP)) {
            // when
            rig.send(CARD, gaps, widths);
            rig.quiet(FRAME_GAP.plus(CHECK_EVERY));

            // then
            assertThat(rig.taps)
                    .singleElement()
                    .satisfies(tap -> assertThat(tap.uid().hex()).isEqualTo(CARD_UID));
            assertThat(rig.reader.health().faultyFrames()).isZero();
        }
    }

    @Test
    void an_interval_just_under_the_frame_gap_keeps_the_frame_whole() {
        try (Rig rig = new Rig(FRAME_GAP)) {
            long[] widths = constant(CARD.length(), 50_000);
            long[] gaps = constant(CARD.length(), 2_000_000);
            gaps[13] = FRAME_GAP.toNanos() - 1 - widths[12];

            rig.send(CARD, gaps, widths);
            rig.quiet(FRAME_GAP.plus(CHECK_EVERY));

            assertThat(rig.taps).hasSize(1);
        }
    }

    @Test
    void an_interval_of_the_frame_gap_cuts_the_frame_into_two_dropped_halves() {
        try (Rig rig = new Rig(FRAME_GAP)) {
            long[] widths = constant(CARD.length(), 50_000);
            long[] gaps = constant(CARD.length(), 2_000_000);
            gaps[13] = FRAME_GAP.toNanos() + widths[12];

            rig.send(CARD, gaps, widths);
            rig.quiet(FRAME_GAP.plus(CHECK_EVERY));

            assertThat(rig.taps).isEmpty();
            assertThat(rig.reader.health().faultyFrames()).isEqualTo(2);
        }
    }

    @Test
    void the_frame_gap_bound_follows_the_configured_gap() {
        for (Duration gap : List.of(Duration.ofMillis(5), Duration.ofMillis(100), Duration.ofMillis(500))) {
            try (Rig rig = new Rig(gap)) {
                long[] gaps = constant(CARD.length(), 1_000_000);
                gaps[5] = gap.toNanos() - 50_000;

                rig.send(CARD, gaps, constant(CARD.length(), 40_000));
                rig.quiet(gap.plus(gap.dividedBy(2)));

                assertThat(rig.taps).as("frame gap %s", gap).hasSize(1);
            }
        }
    }

    @Test
    void a_frame_is_read_between_one_frame_gap_and_one_and_a_half_after_its_last_bit() {
        try (Rig rig = new Rig(FRAME_GAP)) {
            rig.send(CARD, constant(CARD.length(), 2_000_000), constant(CARD.length(), 50_000));

            rig.quiet(FRAME_GAP.minusNanos(50_001));
            assertThat(rig.taps).isEmpty();

            rig.quiet(CHECK_EVERY.plusNanos(50_001));
            assertThat(rig.taps).hasSize(1);
        }
    }

    @Test
    void two_neighbouring_bits_swapped_keep_both_parities_so_the_order_must_be_trusted() {
        // given: bits 3 and 4 of the card differ and lie in the even parity's half
        assertThat(CARD.charAt(3)).isNotEqualTo(CARD.charAt(4));
        String swapped = CARD.substring(0, 3) + CARD.charAt(4) + CARD.charAt(3) + CARD.substring(5);
        WiegandDecoder decoder = WiegandDecoder.standard();

        // when: the swap arrives spaced like any frame
        long now = 0;
        for (char bit : swapped.toCharArray()) {
            decoder.bit(bit - '0', now);
            now += 2_000_000L;
        }

        // then: it is a valid frame of another card, which is why a burst is refused below
        assertThat(decoder.tick(now + 100_000_000L))
                .get()
                .isInstanceOfSatisfying(
                        WiegandFrame.Card.class,
                        card -> assertThat(card.uid().hex()).isNotEqualTo(CARD_UID));
    }

    @Test
    void bits_on_both_lines_delivered_in_a_burst_after_a_stall_are_rejected_and_counted() {
        try (Rig rig = new Rig(FRAME_GAP)) {
            // given: the first ten bits as sent, then the listener threads stall and deliver the rest at once
            long[] gaps = constant(CARD.length(), 2_000_000L);
            for (int i = 10; i < gaps.length; i++) {
                gaps[i] = 6_000L;
            }

            // when
            rig.send(CARD, gaps, constant(CARD.length(), 2_000L));
            rig.quiet(FRAME_GAP.plus(CHECK_EVERY));

            // then
            assertThat(rig.taps).isEmpty();
            assertThat(rig.reader.health().faultyFrames()).isEqualTo(1);
        }
    }

    @Test
    void bits_on_one_line_close_together_keep_their_order_and_read() {
        // given: a frame whose close bits all lie on DATA0: the order on one line is the kernel's, never a race
        String card = WiegandBits.h10301(0, 0); // 0 + 24 zeros + 1
        long[] gaps = constant(card.length(), 2_000_000L);
        for (int i = 2; i < card.length() - 1; i++) {
            gaps[i] = 10_000L;
        }
        try (Rig rig = new Rig(FRAME_GAP)) {
            // when
            rig.send(card, gaps, constant(card.length(), 2_000L));
            rig.quiet(FRAME_GAP.plus(CHECK_EVERY));

            // then
            assertThat(rig.taps)
                    .singleElement()
                    .satisfies(tap -> assertThat(tap.uid().hex()).isEqualTo("00000000"));
        }
    }
}
