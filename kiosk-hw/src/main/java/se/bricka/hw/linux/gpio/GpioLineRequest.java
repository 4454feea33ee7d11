package se.bricka.hw.linux.gpio;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import se.bricka.hw.linux.LinuxCalls;

/**
 * Input lines held by one request on a GPIO chip, with their edges in one kernel queue: one
 * descriptor, one order, each edge time-stamped by the kernel when its interrupt came, numbered so
 * that an event the kernel had to drop shows as a gap. Made by {@link GpioChip#requestFallingEdges}.
 */
public final class GpioLineRequest implements LineEvents {

    private final int fd;
    private final int[] offsets;
    private final LineEventStream events;

    GpioLineRequest(int fd, int[] offsets) {
        this.fd = fd;
        this.offsets = offsets.clone();
        this.events = new LineEventStream(fd);
    }

    @Override
    public int[] offsets() {
        return offsets.clone();
    }

    @Override
    public boolean await(int timeoutMillis) throws IOException {
        return events.await(timeoutMillis);
    }

    @Override
    public int read(List<LineEvent> into) throws IOException {
        return events.read(into);
    }

    @Override
    public long levels() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment values = arena.allocate(GpioUapi.VALUES_SIZE, 8);
            long all = offsets.length == 64 ? -1L : (1L << offsets.length) - 1;
            values.set(ValueLayout.JAVA_LONG, 8, all);
            LinuxCalls.ioctl(fd, GpioUapi.GET_VALUES, values);
            return values.get(ValueLayout.JAVA_LONG, 0);
        }
    }

    @Override
    public void close() {
        LinuxCalls.close(fd);
    }
}
