package se.bricka.hw.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.DoorMonitor;
import se.bricka.hw.door.Indicator;
import se.bricka.hw.reader.TagReader;

/**
 * A device's hardware, built from its configuration. Closing it closes every part, the reader first
 * and the lock last, so the door ends locked.
 */
public final class Devices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Devices.class);

    private final TagReader reader;
    private final DoorLock lock;
    private final DoorMonitor doorMonitor;
    private final Indicator indicator;
    private final List<AutoCloseable> closeInOrder;

    Devices(
            TagReader reader,
            DoorLock lock,
            DoorMonitor doorMonitor,
            Indicator indicator,
            List<? extends AutoCloseable> alsoClose) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.lock = Objects.requireNonNull(lock, "lock");
        this.doorMonitor = Objects.requireNonNull(doorMonitor, "doorMonitor");
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        List<AutoCloseable> order = new ArrayList<>(List.of(reader, doorMonitor, indicator));
        order.addAll(alsoClose);
        order.add(lock);
        this.closeInOrder = List.copyOf(order);
    }

    /** The tag reader; call {@link TagReader#start} to receive taps. */
    public TagReader reader() {
        return reader;
    }

    /** The door's lock. */
    public DoorLock lock() {
        return lock;
    }

    /** Watches the door; call {@link DoorMonitor#start} to receive its events. */
    public DoorMonitor doorMonitor() {
        return doorMonitor;
    }

    /** The light and sound of the reader. */
    public Indicator indicator() {
        return indicator;
    }

    @Override
    public void close() {
        for (AutoCloseable part : closeInOrder) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("{} did not close cleanly", part.getClass().getSimpleName(), e);
            }
        }
    }
}
