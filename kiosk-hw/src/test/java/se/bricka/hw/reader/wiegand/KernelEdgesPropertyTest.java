package se.bricka.hw.reader.wiegand;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.bricka.hw.linux.gpio.LineEvent;
import se.bricka.hw.reader.TagRead;

/**
 * Frames on the wire, edges lost as an overflowing kernel queue loses them or queued out of turn by
 * the lines' interrupt threads, and the reader's looks at the clock wherever the kernel's queue
 * allows them: never a UID that was not sent whole, and every card when edges are only late.
 */
class KernelEdgesPropertyTest {

    private static final int D0 = 17;
    private static final int D1 = 27;
    private static final long MILLI = 1_000_000;

    /** A frame as sent: its bits, and the pause on the wire before it. */
    record Sent(String bits, int pauseMillis) {}

    /** A run of edges the kernel dropped: from the {@code at}-th edge, {@code count} of them. */
    record Loss(int at, int count) {}

    @Provide
    Arbitrary<Sent> frames() {
        Arbitrary<String> cards = WiegandBits.validFrames();
        return Combinators.combine(cards, Arbitraries.integers().between(30, 400))
                .as(Sent::new);
    }

    @Provide
    Arbitrary<Loss> losses() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(1, 6))
                .as(Loss::new);
    }

    @Property(tries = 400)
    void a_card_is_read_only_from_a_frame_whose_every_edge_arrived(
            @ForAll @Size(min = 1, max = 6) List<@From("frames") Sent> sent,
            @ForAll @Size(max = 3) List<@From("losses") Loss> losses,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 100) Integer> lookAt) {
        // given: the edges on the wire, and which frame each belongs to
        List<LineEvent> wire = new ArrayList<>();
        List<Integer> frameOf = new ArrayList<>();
        long now = 1_000 * MILLI;
        for (int f = 0; f < sent.size(); f++) {
            now += sent.get(f).pauseMillis() * MILLI;
            for (char bit : sent.get(f).bits().toCharArray()) {
                int offset = bit == '1' ? D1 : D0;
                wire.add(new LineEvent(now, true, offset, wire.size() + 1, 0));
                frameOf.add(f);
                now += 2 * MILLI;
            }
        }
        boolean[] lost = new boolean[wire.size()];
        for (Loss loss : losses) {
            for (int i = loss.at(); i < Math.min(wire.size(), loss.at() + loss.count()); i++) {
                lost[i] = true;
            }
        }
        // A full kernel queue drops its oldest edges for the newest: the last edges are never lost
        for (int i = wire.size() - 1; i >= 0 && lost[i]; i--) {
            lost[i] = false;
        }
        boolean[] whole = new boolean[sent.size()];
        Arrays.fill(whole, true);
        for (int i = 0; i < wire.size(); i++) {
            if (lost[i]) {
                whole[frameOf.get(i)] = false;
            }
        }

        // when: the edges that were kept are taken in order; between two, the reader may look at the
        // clock at any time up to the next kept edge's stamp, as its loop does, but not across lost
        // edges: they were lost because the queue was full, and it looks only when the queue is empty
        List<TagRead> taps = new ArrayList<>();
        WiegandOutcome outcome = new WiegandOutcome("gate", Duration.ZERO, Clock.systemUTC());
        outcome.attach(taps::add);
        KernelEdges edges = new KernelEdges(D0, D1, WiegandDecoder.standard(), outcome, 0);
        Iterator<Integer> looks = lookAt.iterator();
        long lastTaken = 0;
        boolean lostSince = false;
        for (int i = 0; i < wire.size(); i++) {
            if (lost[i]) {
                lostSince = true;
                continue;
            }
            LineEvent event = wire.get(i);
            int look = looks.hasNext() ? looks.next() : 100;
            if (lastTaken > 0 && look < 50 && !lostSince) {
                edges.quiet(lastTaken + (event.nanos() - lastTaken) * look / 50);
            }
            edges.take(event);
            lastTaken = event.nanos();
            lostSince = false;
        }
        edges.quiet(now + Duration.ofSeconds(1).toNanos());

        // then: each tap is, in order, the card of a frame that arrived whole
        List<String> wholeCards = new ArrayList<>();
        for (int f = 0; f < sent.size(); f++) {
            if (whole[f]) {
                wholeCards.add(cardOf(sent.get(f).bits()));
            }
        }
        assertEachTapIsOneOfInOrder(taps, wholeCards);
        if (losses.isEmpty()) {
            assertThat(taps).extracting(tap -> tap.uid().hex()).containsExactlyElementsOf(wholeCards);
        }
    }

    @Property(tries = 300)
    void edges_queued_out_of_turn_are_read_in_the_kernels_numbering(
            @ForAll @Size(min = 1, max = 6) List<@From("frames") Sent> sent,
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 30) Integer> lateMillis,
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 100) Integer> lookAt) {
        // given: each edge numbered and stamped in its interrupt, and queued when its line's thread
        // runs, up to 30 ms later, so that an edge of one line can be queued before an earlier one
        List<LineEvent> wire = new ArrayList<>();
        List<Long> queuedAt = new ArrayList<>();
        long now = 1_000 * MILLI;
        for (Sent frame : sent) {
            now += frame.pauseMillis() * MILLI;
            for (char bit : frame.bits().toCharArray()) {
                int late = lateMillis.get(wire.size() % lateMillis.size());
                wire.add(new LineEvent(now, true, bit == '1' ? D1 : D0, wire.size() + 1, 0));
                queuedAt.add(now + late * MILLI + wire.size());
                now += 2 * MILLI;
            }
        }
        List<Integer> queue = new ArrayList<>();
        for (int i = 0; i < wire.size(); i++) {
            queue.add(i);
        }
        queue.sort(Comparator.comparing(queuedAt::get));
        boolean withinReorder = lateMillis.stream()
                .allMatch(late -> late * MILLI + wire.size() < KernelEdges.REORDER.toNanos() - 2 * MILLI);

        // when: the edges are taken as queued; between two, the reader may look at the clock at any
        // time before the next one was queued: the queue was empty then
        List<TagRead> taps = new ArrayList<>();
        WiegandOutcome outcome = new WiegandOutcome("gate", Duration.ZERO, Clock.systemUTC());
        outcome.attach(taps::add);
        KernelEdges edges = new KernelEdges(D0, D1, WiegandDecoder.standard(), outcome, 0);
        Iterator<Integer> looks = lookAt.iterator();
        long lastQueued = 0;
        for (int i : queue) {
            int look = looks.hasNext() ? looks.next() : 100;
            if (lastQueued > 0 && look < 50) {
                edges.quiet(lastQueued + (queuedAt.get(i) - lastQueued) * look / 50);
            }
            edges.take(wire.get(i));
            lastQueued = queuedAt.get(i);
        }
        edges.quiet(now + Duration.ofSeconds(1).toNanos());

        // then: never a card that was not sent, in order; and every card when no edge was later
        // than the reorder time
        List<String> cards = sent.stream().map(frame -> cardOf(frame.bits())).toList();
        assertEachTapIsOneOfInOrder(taps, cards);
        if (withinReorder) {
            assertThat(taps).extracting(tap -> tap.uid().hex()).containsExactlyElementsOf(cards);
        }
    }

    /** Each tap is one of {@code cards}, each after the one before it: none made up, none out of order. */
    private static void assertEachTapIsOneOfInOrder(List<TagRead> taps, List<String> cards) {
        Iterator<String> expected = cards.iterator();
        for (TagRead tap : taps) {
            boolean found = false;
            while (!found && expected.hasNext()) {
                found = expected.next().equals(tap.uid().hex());
            }
            assertThat(found)
                    .as("tap %s is, in order, one of %s", tap.uid().hex(), cards)
                    .isTrue();
        }
    }

    /** The UID one frame alone decodes to. */
    private static String cardOf(String bits) {
        return WiegandBits.uidOf(bits).orElseThrow();
    }
}
