package se.bricka.hw.reader.wiegand;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.time.Scheduler;

/**
 * A Wiegand reader on two GPIO inputs through Pi4J. Both data lines idle high; the reader pulls D0
 * low for a 0 bit and D1 low for a 1 bit, for about 50 µs each. Each falling edge is one bit for the
 * {@link WiegandDecoder}, stamped with the time Pi4J hands it over; a timer on the reader's thread
 * closes a frame once the line has been quiet for the frame gap.
 *
 * <p>Pi4J's gpiod plugin reads each line on a thread of its own and passes on no kernel time stamp,
 * so after a stall the order of two bits on different lines is a race the decoder can only partly
 * catch ({@link WiegandDecoder#MIN_CROSS_LINE_INTERVAL}). {@link KernelWiegandReader} reads both
 * lines in one kernel queue with the kernel's time stamps and is the default; this reader is kept for
 * systems whose GPIO only Pi4J can reach (a kernel older than 5.10).
 *
 * <p>A Wiegand reader cannot be asked whether it is there, so this reader is never {@code
 * NOT_ANSWERING}; rejected frames are counted as faulty frames, and a line held low is a fault
 * ({@link WiegandOutcome}). Many readers repeat a frame while a card stays in the field: the same UID
 * again within {@code sameTapWindow} is the same tap.
 */
public final class WiegandTagReader implements TagReader {

    /** A data line low this long is no pulse but a fault. */
    public static final Duration STUCK_LOW = Duration.ofSeconds(1);

    private final String id;
    private final DigitalInput d0;
    private final DigitalInput d1;
    private final WiegandDecoder decoder;
    private final Scheduler scheduler;
    private final LongSupplier nanoTime;
    private final Duration checkEvery;
    private final WiegandOutcome outcome;
    private final DigitalStateChangeListener onD0 = event -> edge(0, event.state());
    private final DigitalStateChangeListener onD1 = event -> edge(1, event.state());
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
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.outcome = new WiegandOutcome(id, sameTapWindow, scheduler.clock());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized void start(Consumer<TagRead> listener) {
        outcome.attach(listener);
        d0.addListener(onD0);
        d1.addListener(onD1);
        checking = scheduler.repeat(checkEvery, this::checkForEndedFrame);
    }

    @Override
    public ReaderHealth health() {
        return outcome.health();
    }

    /** Called on the GPIO provider's thread: record the bit, decode later on the reader's thread. */
    private void edge(int bit, DigitalState state) {
        if (state != DigitalState.LOW) {
            return;
        }
        Optional<WiegandFrame> ended = decoder.bit(bit, nanoTime.getAsLong());
        ended.ifPresent(frame -> scheduler.schedule(Duration.ZERO, () -> outcome.frame(frame)));
    }

    private void checkForEndedFrame() {
        long now = nanoTime.getAsLong();
        decoder.tick(now).ifPresent(outcome::frame);
        outcome.level(0, d0.state() == DigitalState.LOW, now);
        outcome.level(1, d1.state() == DigitalState.LOW, now);
        outcome.checkStuck(now);
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
