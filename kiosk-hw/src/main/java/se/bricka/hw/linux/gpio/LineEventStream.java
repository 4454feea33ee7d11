package se.bricka.hw.linux.gpio;

import java.io.IOException;
import java.util.List;
import se.bricka.hw.linux.LinuxCalls;

/**
 * Reads {@code struct gpio_v2_line_event} records from a file descriptor: a line request's, or in
 * tests a named pipe's. The kernel hands out whole records; a pipe may not, so a record cut across
 * two reads is kept until its rest comes.
 */
public final class LineEventStream {

    /** Events read at once: a 37-bit frame's edges and more. */
    private static final int RECORDS_PER_READ = 128;

    private final int fd;
    private final byte[] buffer = new byte[RECORDS_PER_READ * GpioUapi.EVENT_SIZE];
    private int kept;
    private byte[] chunk;

    /** Reads from {@code fd}, which must be open for reading without blocking. */
    public LineEventStream(int fd) {
        this.fd = fd;
    }

    /** Waits up to {@code timeoutMillis} for something to read, or for the other end to close. */
    public boolean await(int timeoutMillis) throws IOException {
        return LinuxCalls.poll(fd, timeoutMillis) != 0;
    }

    /**
     * Appends the edges among the whole records ready now to {@code into}; how many, 0 when nothing
     * was ready.
     *
     * @throws IOException when the descriptor fails or reaches its end (the chip went away)
     */
    public int read(List<LineEvent> into) throws IOException {
        int count = LinuxCalls.read(fd, chunk());
        if (count == -LinuxCalls.EAGAIN || count == -LinuxCalls.EINTR) {
            return 0;
        }
        if (count == 0) {
            throw new IOException("the line events ended: the GPIO chip has gone away");
        }
        if (count < 0) {
            throw new LinuxCalls.Failure("read of GPIO line events", -count);
        }
        return collect(count, into);
    }

    /** The bytes after what is kept, as a fresh array the C call can fill. */
    private byte[] chunk() {
        int room = buffer.length - kept;
        if (chunk == null || chunk.length != room) {
            chunk = new byte[room];
        }
        return chunk;
    }

    private int collect(int count, List<LineEvent> into) {
        System.arraycopy(chunk, 0, buffer, kept, count);
        int available = kept + count;
        int before = into.size();
        int at = 0;
        for (; at + GpioUapi.EVENT_SIZE <= available; at += GpioUapi.EVENT_SIZE) {
            LineEvent event = LineEvent.parse(buffer, at);
            if (event != null) {
                into.add(event);
            }
        }
        kept = available - at;
        System.arraycopy(buffer, at, buffer, 0, kept);
        return into.size() - before;
    }
}
