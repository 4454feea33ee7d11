package se.bricka.hw.reader;

import java.util.function.Consumer;

/**
 * A tag reader. It reports each tap once to its listener, on a thread of its own; a tag held on the
 * reader is one tap, not a stream. Real readers are Pi4J drivers; every one has a simulated twin.
 */
public interface TagReader extends AutoCloseable {

    /** A short name for logs and the caretaker's reader check, such as {@code simulated-1}. */
    String id();

    /** Starts reporting taps to {@code listener}. Called once. */
    void start(Consumer<TagRead> listener);

    /**
     * How the reader is doing: answering or not, and counters of taps and damaged frames. A reader
     * without hardware is always {@link ReaderHealth.Status#OK}.
     */
    default ReaderHealth health() {
        return ReaderHealth.ok();
    }

    /** Stops reading and frees the hardware. */
    @Override
    void close();
}
