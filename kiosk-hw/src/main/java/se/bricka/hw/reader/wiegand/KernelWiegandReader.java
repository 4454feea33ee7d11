package se.bricka.hw.reader.wiegand;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.linux.gpio.LineEvent;
import se.bricka.hw.linux.gpio.LineEvents;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.time.Sleeper;

/**
 * A Wiegand reader whose two data lines are held by one kernel line request ({@link
 * se.bricka.hw.linux.gpio.GpioChip#requestFallingEdges}). The kernel time-stamps each falling edge
 * when its interrupt comes and queues the edges of both lines in one queue, numbered. So the bits' order and
 * spacing are the wire's, however late this thread reads them: a garbage collection or a busy CPU
 * delays a tap but cannot swap two bits: edges that each line's interrupt thread queued out of
 * turn are put back in the kernel's numbering ({@link KernelEdges}), and events the kernel had to
 * drop show as a gap in the numbers, rejecting the frames they may belong to ({@link
 * WiegandDecoder#lost}).
 *
 * <p>On its own thread the reader waits for edges; a falling edge is a bit (DATA0 a 0, DATA1 a 1).
 * Each time it looks up it reads both lines' levels, so a line held low is found ({@link
 * WiegandOutcome}); a 50 µs pulse is too short to be seen that way. A frame ends when the kernel's
 * stamps say the lines were quiet for the frame gap: at the next bit's stamp, or, when nothing is
 * queued, once the queue was found empty the reorder time ({@link KernelEdges#REORDER}) after the
 * gap, for edges stamped but not yet queued by their interrupt threads. So a frame is never closed
 * while its last bits wait in the queue or in those threads, however late this thread runs. And when
 * the queue overflows the kernel drops its oldest edges, keeping the newest; so the gap is the first
 * thing read after a loss, before the reader looks at the clock again, and a frame that lost its
 * last bits cannot be closed as a shorter frame that happens to pass. If the lines cannot be
 * requested or read, the reader is {@code FAULTY} and tries again every {@link #RETRY}.
 */
public final class KernelWiegandReader implements TagReader {

    /** How long the reader waits before requesting the lines again after a failure. */
    static final Duration RETRY = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(KernelWiegandReader.class);

    private final String id;
    private final LineEvents.Opener opener;
    private final WiegandDecoder decoder;
    private final int awaitMillis;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final WiegandOutcome outcome;
    private final Thread thread;
    private volatile boolean closed;

    /**
     * @param opener requests DATA0 and DATA1, in that order
     * @param frameGap the quiet time that ends a frame, as the decoder was made with
     * @param clock the time a tap carries
     * @param nanoTime the clock of the kernel's time stamps: {@link System#nanoTime} on Linux
     * @param sleeper waits between attempts to request the lines
     */
    public KernelWiegandReader(
            String id,
            LineEvents.Opener opener,
            WiegandDecoder decoder,
            Duration frameGap,
            Duration sameTapWindow,
            Clock clock,
            LongSupplier nanoTime,
            Sleeper sleeper) {
        this.id = Objects.requireNonNull(id, "id");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.awaitMillis = (int) Math.max(1, frameGap.toMillis() / 2);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.outcome = new WiegandOutcome(id, sameTapWindow, clock);
        this.thread = Thread.ofPlatform().name("wiegand-" + id).daemon().unstarted(this::run);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized void start(Consumer<TagRead> listener) {
        outcome.attach(listener);
        thread.start();
    }

    @Override
    public ReaderHealth health() {
        return outcome.health();
    }

    private void run() {
        while (!closed) {
            try (LineEvents lines = opener.open()) {
                outcome.readable();
                follow(lines);
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Wiegand reader {}: the data lines cannot be read: {}", id, e.getMessage());
                outcome.unreadable("the data lines cannot be read: " + e.getMessage());
                pause();
            }
        }
    }

    private void follow(LineEvents lines) throws IOException {
        int[] offsets = lines.offsets();
        if (offsets.length != 2) {
            throw new IllegalStateException("a Wiegand reader needs DATA0 and DATA1, got " + offsets.length + " lines");
        }
        // Read after the request was made: a frame whose first edge comes within a gap of it is rejected.
        long now = nanoTime.getAsLong();
        KernelEdges edges = new KernelEdges(offsets[0], offsets[1], decoder, outcome, now);
        List<LineEvent> events = new ArrayList<>();
        while (!closed) {
            if (lines.await(untilDecision(edges, now))) {
                events.clear();
                lines.read(events);
                events.forEach(edges::take);
            }
            now = nanoTime.getAsLong();
            if (!lines.await(0)) {
                // Nothing queued at or after now: every edge before it has been taken.
                edges.quiet(now);
            }
            long levels = lines.levels();
            outcome.level(0, (levels & 1) == 0, now);
            outcome.level(1, (levels & 2) == 0, now);
            outcome.checkStuck(now);
        }
    }

    /**
     * How long to wait for edges: until the frame in progress would end or an edge waiting for an
     * earlier one would wait no longer, and no longer than half a gap.
     */
    private int untilDecision(KernelEdges edges, long now) {
        long decidesAt = edges.decidesAt();
        if (decidesAt == Long.MAX_VALUE) {
            return awaitMillis;
        }
        long millis = Math.ceilDiv(decidesAt - now, 1_000_000L);
        return Math.clamp(millis, 0, awaitMillis);
    }

    private void pause() {
        try {
            sleeper.sleep(RETRY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        if (thread.isAlive() && thread != Thread.currentThread()) {
            try {
                thread.join(RETRY.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
