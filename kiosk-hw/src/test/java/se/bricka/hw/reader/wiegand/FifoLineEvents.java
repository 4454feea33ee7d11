package se.bricka.hw.reader.wiegand;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import se.bricka.hw.linux.LinuxCalls;
import se.bricka.hw.linux.gpio.LineEvent;
import se.bricka.hw.linux.gpio.LineEventStream;
import se.bricka.hw.linux.gpio.LineEvents;
import se.bricka.hw.testing.Fifo;

/**
 * A line request stand-in: the reader reads {@code struct gpio_v2_line_event} records through the
 * real C calls from a named pipe, and the test writes them as the kernel would, numbered, with the
 * times it chooses. The lines' levels at the request are the test's to set.
 */
final class FifoLineEvents implements LineEvents {

    static final int D0 = 5;
    static final int D1 = 6;

    private final int fd;
    private final LineEventStream stream;
    private final OutputStream kernelSide;
    private volatile long levels;
    private long seqno;
    private final long[] lineSeqno = new long[2];

    FifoLineEvents(Path dir, String name, long levelsAtRequest) throws IOException {
        Path pipe;
        try {
            pipe = Fifo.make(dir.resolve(name));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making " + name, e);
        }
        this.fd = LinuxCalls.open(pipe.toString(), LinuxCalls.O_RDONLY | LinuxCalls.O_NONBLOCK | LinuxCalls.O_CLOEXEC);
        this.kernelSide = new FileOutputStream(pipe.toFile());
        this.stream = new LineEventStream(fd);
        this.levels = levelsAtRequest;
    }

    @Override
    public int[] offsets() {
        return new int[] {D0, D1};
    }

    @Override
    public boolean await(int timeoutMillis) throws IOException {
        return stream.await(timeoutMillis);
    }

    @Override
    public int read(List<LineEvent> into) throws IOException {
        return stream.read(into);
    }

    @Override
    public long levels() {
        return levels;
    }

    /** The lines' levels from now on: bit 0 DATA0, bit 1 DATA1, set when high. */
    void levels(long levelsNow) {
        this.levels = levelsNow;
    }

    /** The next event on {@code line} (0 or 1) at {@code nanos}, numbered as the kernel numbers it. */
    synchronized LineEvent next(int line, boolean falling, long nanos) {
        return new LineEvent(nanos, falling, line == 0 ? D0 : D1, ++seqno, ++lineSeqno[line]);
    }

    /** The kernel drops {@code count} events: their numbers are used up, nothing is written. */
    synchronized void drop(int count) {
        seqno += count;
    }

    /** Writes events as one burst, as a reader that had fallen behind would find them queued. */
    void write(List<LineEvent> events) {
        byte[] all = new byte[events.size() * 48];
        for (int i = 0; i < events.size(); i++) {
            System.arraycopy(events.get(i).toBytes(), 0, all, i * 48, 48);
        }
        writeBytes(all);
    }

    void writeBytes(byte[] bytes) {
        try {
            kernelSide.write(bytes);
            kernelSide.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chip goes away: the reader's next read finds the end. */
    void hangUp() throws IOException {
        kernelSide.close();
    }

    @Override
    public void close() {
        try {
            kernelSide.close();
        } catch (IOException e) {
            // Closing the test's end twice is harmless.
        }
        LinuxCalls.close(fd);
    }
}
