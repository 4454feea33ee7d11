package se.bricka.hw.linux.gpio;

import java.io.IOException;
import java.util.List;

/** Edge events of a set of input lines, read from one queue in the order they happened. */
public interface LineEvents extends AutoCloseable {

    /** The requested lines' offsets, in the order {@link #levels()} reports them. */
    int[] offsets();

    /** Waits up to {@code timeoutMillis} for events; whether some are ready to read. */
    boolean await(int timeoutMillis) throws IOException;

    /** Appends the events ready now to {@code into}, without waiting; how many. */
    int read(List<LineEvent> into) throws IOException;

    /** The lines' levels now: bit {@code i} set when line {@code offsets()[i]} is high. */
    long levels() throws IOException;

    @Override
    void close();

    /** Opens a set of lines; a real chip or a test's stand-in. */
    @FunctionalInterface
    interface Opener {
        LineEvents open() throws IOException;
    }
}
