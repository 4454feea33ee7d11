package se.bricka.hw.reader.wiegand;

import java.util.ArrayList;
import java.util.List;
import se.bricka.hw.linux.gpio.LineEvent;

/** The edges a Wiegand reader makes for a frame: per bit a 50 µs low pulse, bits 2 ms apart. */
final class WiegandTransmitter {

    static final long PULSE_NANOS = 50_000;
    static final long BIT_INTERVAL_NANOS = 2_000_000;

    private WiegandTransmitter() {}

    /** The falling and rising edge of every bit of {@code bits}, the first falling at {@code start}. */
    static List<LineEvent> frame(FifoLineEvents lines, String bits, long start) {
        List<LineEvent> events = new ArrayList<>();
        for (int i = 0; i < bits.length(); i++) {
            int line = bits.charAt(i) == '1' ? 1 : 0;
            long falling = start + i * BIT_INTERVAL_NANOS;
            events.add(lines.next(line, true, falling));
            events.add(lines.next(line, false, falling + PULSE_NANOS));
        }
        return events;
    }

    /** When the frame of {@code bits} sent from {@code start} has sent its last edge. */
    static long end(String bits, long start) {
        return start + (bits.length() - 1) * BIT_INTERVAL_NANOS + PULSE_NANOS;
    }
}
