package se.bricka.hw.reader.wiegand;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.bricka.core.tag.TagUid;

/**
 * Turns a stream of timed Wiegand bits into frames. Pure logic: no GPIO and no clock of its own;
 * the caller says when each bit came and what time it is now.
 *
 * <p>A reader sends a frame as a burst of pulses about 1–2 ms apart; a frame ends when no bit comes
 * for {@code frameGap}. A frame is a card only when its length is that of a known format and both
 * parities hold; everything else (noise bits, missing bits, a burst cut in two by slow edges) is
 * {@link WiegandFrame.Rejected}. Thread-safe: the two data lines may call in from different threads.
 *
 * <p>The order of the bits is trusted only when they arrive spaced as a reader spaces them: a bit on
 * the other line closer than {@link #MIN_CROSS_LINE_INTERVAL} to the one before marks the frame, and
 * it is rejected. With the kernel's time stamps ({@link KernelWiegandReader}) such a frame is noise
 * on the wires. With Pi4J's gpiod plugin, which reads each line on a thread of its own and stamps a
 * bit when it is handed over, it is also a stall (a garbage collection, a busy CPU) after which the
 * two threads delivered their queued edges in a burst, in an order that is a race between them: two
 * neighbouring bits swapped within one parity half keep both parities and could read as another
 * card. Edges the kernel reports as lost ({@link #lost}) reject the frames they may belong to.
 */
public final class WiegandDecoder {

    /** More bits than any format has: the line is noisy, and the burst is dropped once it ends. */
    static final int MAX_BITS = 64;

    /**
     * Readers send bits at least 200 µs apart (typically 1–2 ms); bits on different lines closer than
     * half that were not delivered as they were sent.
     */
    public static final Duration MIN_CROSS_LINE_INTERVAL = Duration.ofNanos(100_000);

    private final List<WiegandFormat> formats;
    private final long frameGapNanos;
    private final BitSet bits = new BitSet(MAX_BITS);
    private int count;
    private long lastBitNanos;
    private int lastValue;
    private long closestCrossLineNanos = Long.MAX_VALUE;
    /** Why the frame in progress, or the next one, cannot be trusted; null while nothing was lost. */
    private String damage;

    public WiegandDecoder(List<WiegandFormat> formats, Duration frameGap) {
        this.formats = List.copyOf(formats);
        if (this.formats.isEmpty()) {
            throw new IllegalArgumentException("a Wiegand decoder needs at least one format");
        }
        Objects.requireNonNull(frameGap, "frameGap");
        if (frameGap.isNegative() || frameGap.isZero()) {
            throw new IllegalArgumentException("Wiegand frame gap must be positive, was " + frameGap);
        }
        this.frameGapNanos = frameGap.toNanos();
    }

    /** H10301, 34-bit and H10304, with a 25 ms gap ending a frame. */
    public static WiegandDecoder standard() {
        return new WiegandDecoder(
                List.of(WiegandFormat.H10301, WiegandFormat.W34, WiegandFormat.H10304), Duration.ofMillis(25));
    }

    /**
     * A bit arrived at {@code nanos}. If the previous frame had already ended by then, it is decoded
     * and returned, and this bit starts a new one.
     */
    public synchronized Optional<WiegandFrame> bit(int value, long nanos) {
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("a Wiegand bit is 0 or 1, was " + value);
        }
        Optional<WiegandFrame> ended = endedBy(nanos);
        if (count > 0 && value != lastValue) {
            closestCrossLineNanos = Math.min(closestCrossLineNanos, nanos - lastBitNanos);
        }
        if (count < MAX_BITS) {
            bits.set(count, value == 1);
        }
        count++;
        lastBitNanos = nanos;
        lastValue = value;
        return ended;
    }

    /**
     * Edges were lost just before {@code nanos}, the time of the first edge after them (the kernel
     * dropped events it could not queue). They belong to the frame in progress if it is still going
     * on then, and that frame is rejected when it ends. If it has ended by then, they may have been
     * its last bits or the next frame's first: both are rejected, the ended frame now.
     */
    public synchronized Optional<WiegandFrame> lost(long nanos, String why) {
        Objects.requireNonNull(why, "why");
        Optional<WiegandFrame> ended = Optional.empty();
        if (count > 0) {
            damage = why;
            ended = endedBy(nanos);
        }
        if (count == 0) {
            damage = why;
        }
        return ended;
    }

    /** The quiet time that ends a frame, in nanoseconds. */
    public long frameGapNanos() {
        return frameGapNanos;
    }

    /** When the frame in progress ends if no bit comes before; {@link Long#MAX_VALUE} if none is. */
    public synchronized long endsAt() {
        return count == 0 ? Long.MAX_VALUE : lastBitNanos + frameGapNanos;
    }

    /** It is {@code nanos} now: returns the frame in progress if it has ended. */
    public synchronized Optional<WiegandFrame> tick(long nanos) {
        return endedBy(nanos);
    }

    private Optional<WiegandFrame> endedBy(long nanos) {
        if (count == 0 || nanos - lastBitNanos < frameGapNanos) {
            return Optional.empty();
        }
        WiegandFrame frame = damage != null
                ? new WiegandFrame.Rejected(count, damage)
                : decode((BitSet) bits.clone(), count, closestCrossLineNanos);
        bits.clear();
        count = 0;
        closestCrossLineNanos = Long.MAX_VALUE;
        damage = null;
        return Optional.of(frame);
    }

    private WiegandFrame decode(BitSet frame, int length, long closestCrossLine) {
        if (length > MAX_BITS) {
            return new WiegandFrame.Rejected(length, "a burst of " + length + " bits is noise");
        }
        if (closestCrossLine < MIN_CROSS_LINE_INTERVAL.toNanos()) {
            return new WiegandFrame.Rejected(
                    length,
                    "bits on DATA0 and DATA1 came " + closestCrossLine / 1_000
                            + " µs apart, closer than a reader sends them: their order cannot be trusted");
        }
        List<String> failures = new ArrayList<>();
        for (WiegandFormat format : formats) {
            if (format.length() != length) {
                continue;
            }
            if (ones(frame, format.evenFrom(), format.evenCount()) % 2 != 0) {
                failures.add(format.name() + " even parity fails");
            } else if (ones(frame, format.oddFrom(), format.oddCount()) % 2 != 1) {
                failures.add(format.name() + " odd parity fails");
            } else {
                return card(format, frame);
            }
        }
        String why = failures.isEmpty() ? "no format has " + length + " bits" : String.join(", ", failures);
        return new WiegandFrame.Rejected(length, why);
    }

    private static int ones(BitSet frame, int from, int count) {
        return frame.get(from, from + count).cardinality();
    }

    private static WiegandFrame.Card card(WiegandFormat format, BitSet frame) {
        long facility = value(frame, format.facilityFrom(), format.facilityBits());
        long cardNumber = value(frame, format.cardFrom(), format.cardBits());
        long payload = value(frame, 1, format.dataBits());
        int needed = (format.dataBits() + 7) / 8;
        byte[] uid = new byte[needed <= 4 ? 4 : needed <= 5 ? 5 : needed <= 7 ? 7 : 10];
        for (int i = 0; i < uid.length; i++) {
            uid[uid.length - 1 - i] = (byte) (payload >>> (8 * i));
        }
        return new WiegandFrame.Card(format, facility, cardNumber, TagUid.of(uid));
    }

    /** The bits {@code from .. from + count - 1} as a number, first bit most significant. */
    private static long value(BitSet frame, int from, int count) {
        long value = 0;
        for (int i = from; i < from + count; i++) {
            value = (value << 1) | (frame.get(i) ? 1 : 0);
        }
        return value;
    }
}
