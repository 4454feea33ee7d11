package se.bricka.hw.reader;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagUid;

/**
 * A reader with no hardware: {@link #tap(TagUid)} stands for a tag laid on it. The demo's tap window
 * and tests drive it. Taps are delivered in order on the reader's own thread, as a real driver does.
 */
public final class SimulatedTagReader implements TagReader {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedTagReader.class);

    private final String id;
    private final Clock clock;
    private final ExecutorService thread;
    private volatile Consumer<TagRead> listener;
    private volatile ReaderHealth health = ReaderHealth.ok();

    public SimulatedTagReader(String id, Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "reader-" + id);
            t.setDaemon(true);
            return t;
        });
    }

    public SimulatedTagReader(String id) {
        this(id, Clock.systemUTC());
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void start(Consumer<TagRead> listener) {
        if (this.listener != null) {
            throw new IllegalStateException("reader " + id + " was already started");
        }
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Lays a tag on the reader. Ignored, with a log line, before {@link #start} or after {@link #close}. */
    public void tap(TagUid uid) {
        Objects.requireNonNull(uid, "uid");
        Consumer<TagRead> target = listener;
        if (target == null || thread.isShutdown()) {
            LOG.warn("tap on reader {} ignored: the reader is not running", id);
            return;
        }
        TagRead read = new TagRead(uid, id, clock.instant());
        thread.execute(() -> deliver(target, read));
    }

    private void deliver(Consumer<TagRead> target, TagRead read) {
        try {
            target.accept(read);
        } catch (RuntimeException e) {
            // A listener's failure must not stop the reader: the next tap still has to work.
            LOG.error("listener of reader {} failed on a tap", id, e);
        }
    }

    /**
     * Makes the reader report {@code health}, so the caretaker's reader check and the door
     * controller can be tried against a reader that stops answering or sends damaged frames.
     */
    public void simulateHealth(ReaderHealth health) {
        this.health = Objects.requireNonNull(health, "health");
    }

    @Override
    public ReaderHealth health() {
        return health;
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
