package se.bricka.hw.reader.wiegand;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import se.bricka.hw.reader.HealthMonitor;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.SameTapFilter;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.TapSink;
import se.bricka.hw.time.Scheduler;

/**
 * A Wiegand reader on two GPIO inputs. Both data lines idle high; the reader pulls D0 low for a 0
 * bit and D1 low for a 1 bit, for about 50 µs each. Each falling edge is one bit for the {@link
 * WiegandDecoder}; a timer on the reader's thread closes a frame once the line has been quiet for
 * the frame gap.
 *
 * <p>A Wiegand reader cannot be asked whether it is there, so this reader is never {@code
 * NOT_ANSWERING}; rejected frames are counted as faulty frames. A data line held low for longer than
 * {@link #STUCK_LOW} (a pulse lasts about 50 µs) is a wiring fault — a short to ground, a 5 V reader
 * on a missing or unpowered level shifter — and makes the reader {@code FAULTY} until the line is
 * high again. Many readers repeat a frame while a card stays in the field: the same UID again within
 * {@code sameTapWindow} is the same tap.
 */
public final class WiegandTagReader implements TagReader {

    private static final int FAULTY_FRAMES_BEFORE_FAULT = 5;

    /** A data line low this long is no pulse but a fault. */
    public static final Duration STUCK_LOW = Duration.ofSeconds(1);

    private final String id;
    private final DigitalInput d0;
    private final DigitalInput d1;
    private final WiegandDecoder decoder;
    private final Scheduler scheduler;
    private final LongSupplier nanoTime;
    private final Duration checkEvery;
    private final SameTapFilter sameTap;
    private final HealthMonitor health;
    private final DigitalStateChangeListener onD0 = event -> edge(0, event.state());
    private final DigitalStateChangeListener onD1 = event -> edge(1, event.state());
    private final TapSink taps;
    private Scheduler.Cancellable checking;
    /** Per line, since when it has been seen low at the checks; -1 while it is high. */
    private final long[] lowSince = {-1, -1};

    private boolean stuck;

    /**
     * @param d0 the DATA0 line, configured as an input with a pull-up
     * @param d1 the DATA1 line, likewise
     * @param checkEvery how often the reader's thread looks for an ended frame; half the frame gap is
     *     about right
     * @param nanoTime a monotonic clock for the bits, {@link System#nanoTime} on a Pi
     */
    public WiegandTagReader(
            String id,
            DigitalInput d0,
            DigitalInput d1,
            WiegandDecoder decoder,
            Duration checkEvery,
            Duration sameTapWindow,
            Scheduler scheduler,
            LongSupplier nanoTime) {
        this.id = Objects.requireNonNull(id, "id");
        this.d0 = Objects.requireNonNull(d0, "d0");
        this.d1 = Objects.requireNonNull(d1, "d1");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.checkEvery = Objects.requireNonNull(checkEvery, "checkEvery");
        this.sameTap = new SameTapFilter(sameTapWindow);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.health = new HealthMonitor(id, FAULTY_FRAMES_BEFORE_FAULT);
        this.taps = new TapSink(id, health);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized void start(Consumer<TagRead> listener) {
        taps.attach(listener);
        d0.addListener(onD0);
        d1.addListener(onD1);
        checking = scheduler.repeat(checkEvery, this::checkForEndedFrame);
    }

    @Override
    public ReaderHealth health() {
        return health.health();
    }

    /** Called on the GPIO provider's thread: record the bit, decode later on the reader's thread. */
    private void edge(int bit, DigitalState state) {
        if (state != DigitalState.LOW) {
            return;
        }
        Optional<WiegandFrame> ended = decoder.bit(bit, nanoTime.getAsLong());
        ended.ifPresent(frame -> scheduler.schedule(Duration.ZERO, () -> handle(frame)));
    }

    private void checkForEndedFrame() {
        long now = nanoTime.getAsLong();
        decoder.tick(now).ifPresent(this::handle);
        checkStuckLines(now);
    }

    /** Runs on the reader's thread at each check: notes lines that stay low, and their recovery. */
    private synchronized void checkStuckLines(long now) {
        String stuckLine = null;
        DigitalInput[] lines = {d0, d1};
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].state() != DigitalState.LOW) {
                lowSince[line] = -1;
            } else if (lowSince[line] < 0) {
                lowSince[line] = now;
            } else if (now - lowSince[line] >= STUCK_LOW.toNanos()) {
                stuckLine = "DATA" + line;
            }
        }
        if (stuckLine != null && !stuck) {
            stuck = true;
            health.faulty(stuckLine + " has been low for over " + STUCK_LOW.toMillis()
                    + " ms: a short to ground, or a missing or unpowered level shifter");
        } else if (stuckLine == null && stuck && lowSince[0] < 0 && lowSince[1] < 0) {
            stuck = false;
            health.answered();
        }
    }

    private synchronized void handle(WiegandFrame frame) {
        switch (frame) {
            case WiegandFrame.Card card -> {
                health.answered();
                Instant now = scheduler.clock().instant();
                if (sameTap.isNewTap(card.uid(), now)) {
                    taps.deliver(new TagRead(card.uid(), id, now));
                }
            }
            case WiegandFrame.Rejected rejected -> health.faultyFrame(rejected.bits() + " bits: " + rejected.why());
        }
    }

    @Override
    public synchronized void close() {
        if (checking != null) {
            checking.cancel();
        }
        d0.removeListener(onD0);
        d1.removeListener(onD1);
    }
}
