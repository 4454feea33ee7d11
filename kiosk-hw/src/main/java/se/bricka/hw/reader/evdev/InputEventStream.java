package se.bricka.hw.reader.evdev;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts the bytes read from an input device into whole {@link InputEvent}s. The kernel hands out
 * whole events only, but a pipe or a file may split one across reads: the rest waits for the next
 * read. Not thread-safe: one reader thread feeds it.
 */
final class InputEventStream {

    private final byte[] pending = new byte[InputEvent.BYTES];
    private int pendingBytes;

    /** The events completed by the first {@code length} bytes of {@code bytes}. */
    List<InputEvent> feed(byte[] bytes, int length) {
        List<InputEvent> events = new ArrayList<>(length / InputEvent.BYTES + 1);
        int offset = 0;
        if (pendingBytes > 0) {
            int taken = Math.min(InputEvent.BYTES - pendingBytes, length);
            System.arraycopy(bytes, 0, pending, pendingBytes, taken);
            pendingBytes += taken;
            offset = taken;
            if (pendingBytes < InputEvent.BYTES) {
                return events;
            }
            events.add(InputEvent.read(pending, 0));
            pendingBytes = 0;
        }
        for (; offset + InputEvent.BYTES <= length; offset += InputEvent.BYTES) {
            events.add(InputEvent.read(bytes, offset));
        }
        pendingBytes = length - offset;
        System.arraycopy(bytes, offset, pending, 0, pendingBytes);
        return events;
    }

    /**
     * Forgets a half event, as when the device went away in the middle of one; returns how many
     * bytes it had.
     */
    int dropPartial() {
        int dropped = pendingBytes;
        pendingBytes = 0;
        Arrays.fill(pending, (byte) 0);
        return dropped;
    }
}
