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

    /** Stops reading and frees the hardware. */
    @Override
    void close();
}
