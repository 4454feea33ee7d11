package se.bricka.hw.reader;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a driver hands its taps: the listener given at {@link TagReader#start}. Each tap is counted
 * in the reader's health, and a listener that throws is logged and does not stop the reader, since
 * the next tap still has to work. Thread-safe.
 */
public final class TapSink {

    private static final Logger LOG = LoggerFactory.getLogger(TapSink.class);

    private final String readerId;
    private final HealthMonitor health;
    private volatile Consumer<TagRead> listener;

    public TapSink(String readerId, HealthMonitor health) {
        this.readerId = Objects.requireNonNull(readerId, "readerId");
        this.health = Objects.requireNonNull(health, "health");
    }

    /** Sets the listener; a reader is started once, so a second call is refused. */
    public synchronized void attach(Consumer<TagRead> tapListener) {
        Objects.requireNonNull(tapListener, "tapListener");
        if (listener != null) {
            throw new IllegalStateException("reader " + readerId + " was already started");
        }
        listener = tapListener;
    }

    public boolean isAttached() {
        return listener != null;
    }

    /** Counts the tap and hands it to the listener, if one is attached. */
    public void deliver(TagRead read) {
        health.tapped();
        Consumer<TagRead> target = listener;
        if (target == null) {
            return;
        }
        try {
            target.accept(read);
        } catch (RuntimeException e) {
            LOG.error("listener of reader {} failed on a tap", readerId, e);
        }
    }
}
