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
 * NOT_ANSWERING}; rejected frames are counted as faulty frames. Many readers repeat a frame while a
 * card stays in the field: the same UID again within {@code sameTapWindow} is the same tap.
 */
public final class WiegandTagReader implements TagReader {

    private static final int FAULTY_FRAMES_BEFORE_FAULT = 5;

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
        decoder.tick(nanoTime.getAsLong()).ifPresent(this::handle);
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
