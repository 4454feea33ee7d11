package se.bricka.hw.linux.gpio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One edge on a requested line, as the kernel time-stamped it when the interrupt came.
 *
 * @param nanos when the edge happened, on {@code CLOCK_MONOTONIC} (the clock of {@link
 *     System#nanoTime} on Linux)
 * @param falling a falling edge (high to low); otherwise rising
 * @param offset the line's offset on its chip
 * @param seqno the event's number among all events of the request, from 1; a gap means the kernel
 *     dropped events because they were not read in time
 * @param lineSeqno the event's number among the events of its line
 */
public record LineEvent(long nanos, boolean falling, int offset, long seqno, long lineSeqno) {

    /**
     * Reads one {@code struct gpio_v2_line_event} at {@code at} in {@code bytes} (the machine's byte
     * order). Returns {@code null} for a record whose kind is neither edge: nothing this reader asked
     * for, and nothing to act on.
     */
    public static LineEvent parse(byte[] bytes, int at) {
        ByteBuffer record = ByteBuffer.wrap(bytes, at, GpioUapi.EVENT_SIZE).order(ByteOrder.nativeOrder());
        int id = record.getInt(at + GpioUapi.EVENT_ID);
        if (id != GpioUapi.EVENT_RISING_EDGE && id != GpioUapi.EVENT_FALLING_EDGE) {
            return null;
        }
        return new LineEvent(
                record.getLong(at + GpioUapi.EVENT_TIMESTAMP),
                id == GpioUapi.EVENT_FALLING_EDGE,
                record.getInt(at + GpioUapi.EVENT_OFFSET),
                Integer.toUnsignedLong(record.getInt(at + GpioUapi.EVENT_SEQNO)),
                Integer.toUnsignedLong(record.getInt(at + GpioUapi.EVENT_LINE_SEQNO)));
    }

    /** The record the kernel would write for this event: what tests and emulators feed a reader. */
    public byte[] toBytes() {
        ByteBuffer record = ByteBuffer.allocate(GpioUapi.EVENT_SIZE).order(ByteOrder.nativeOrder());
        record.putLong(GpioUapi.EVENT_TIMESTAMP, nanos);
        record.putInt(GpioUapi.EVENT_ID, falling ? GpioUapi.EVENT_FALLING_EDGE : GpioUapi.EVENT_RISING_EDGE);
        record.putInt(GpioUapi.EVENT_OFFSET, offset);
        record.putInt(GpioUapi.EVENT_SEQNO, (int) seqno);
        record.putInt(GpioUapi.EVENT_LINE_SEQNO, (int) lineSeqno);
        return record.array();
    }
}
