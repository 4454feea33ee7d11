package se.bricka.hw.reader.wiegand;

import java.util.ArrayList;
import java.util.List;
import se.bricka.hw.linux.gpio.LineEvent;

/**
 * The events a line request for falling edges reports for a frame a Wiegand reader sends: per bit a
 * 50 µs low pulse, bits 2 ms apart, of which the request sees the falling edge.
 */
final class WiegandTransmitter {

    static final long PULSE_NANOS = 50_000;
    static final long BIT_INTERVAL_NANOS = 2_000_000;

    private WiegandTransmitter() {}

    /** The falling edge of every bit of {@code bits}, the first at {@code start}. */
    static List<LineEvent> frame(FifoLineEvents lines, String bits, long start) {
        List<LineEvent> events = new ArrayList<>();
        for (int i = 0; i < bits.length(); i++) {
            int line = bits.charAt(i) == '1' ? 1 : 0;
            events.add(lines.next(line, true, start + i * BIT_INTERVAL_NANOS));
        }
        return events;
    }

    /** When the frame of {@code bits} sent from {@code start} has ended its last pulse. */
    static long end(String bits, long start) {
        return start + (bits.length() - 1) * BIT_INTERVAL_NANOS + PULSE_NANOS;
    }
}
