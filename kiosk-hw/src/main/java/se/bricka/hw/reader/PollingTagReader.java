package se.bricka.hw.reader;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.time.Scheduler;

/**
 * A reader that asks its chip "is a tag there?" at a fixed interval. Subclasses do one hardware
 * cycle in {@link #poll()}; this class turns cycles into taps ({@link TapTracker}), keeps the
 * {@link HealthMonitor}, and calls the listener on the scheduler's thread. Nothing a subclass throws
 * escapes: it counts as a reader that did not answer.
 */
public abstract class PollingTagReader implements TagReader {

    private static final Logger LOG = LoggerFactory.getLogger(PollingTagReader.class);

    private final String id;
    private final Duration interval;
    private final Scheduler scheduler;
    private final TapTracker taps;
    private final HealthMonitor health;
    private final Object hardware = new Object();
    private Scheduler.Cancellable polling;
    private final TapSink sink;
    private volatile boolean closed;

    protected PollingTagReader(String id, PollingSettings settings, Scheduler scheduler) {
        this.id = Objects.requireNonNull(id, "id");
        this.interval = settings.interval();
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.taps = new TapTracker(settings.missesBeforeLifted());
        this.health = new HealthMonitor(id, settings.faultyFramesBeforeFault());
        this.sink = new TapSink(id, health);
    }

    /** One hardware cycle: ask the chip for a tag. Runs on the reader's thread only. */
    protected abstract PollResult poll();

    /** Frees the hardware; called once from {@link #close()}. */
    protected abstract void closeHardware();

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final synchronized void start(Consumer<TagRead> listener) {
        if (closed) {
            throw new IllegalStateException("reader " + id + " is closed");
        }
        sink.attach(listener);
        polling = scheduler.repeat(interval, this::pollOnce);
        LOG.info("reader {} polls every {} ms", id, interval.toMillis());
    }

    @Override
    public final ReaderHealth health() {
        return health.health();
    }

    /** Runs one cycle now and reports a new tap to the listener; the benchmark calls this directly. */
    public final void pollOnce() {
        Optional<TagUid> tap;
        synchronized (hardware) {
            if (closed) {
                return;
            }
            tap = record(safePoll());
        }
        tap.ifPresent(uid -> sink.deliver(new TagRead(uid, id, scheduler.clock().instant())));
    }

    private PollResult safePoll() {
        try {
            return poll();
        } catch (RuntimeException e) {
            LOG.debug("reader {} failed a poll cycle", id, e);
            return new PollResult.Silent(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Optional<TagUid> record(PollResult result) {
        switch (result) {
            case PollResult.Tag tag -> {
                health.answered();
                return taps.seen(tag.uid());
            }
            case PollResult.NoTag noTag -> {
                health.answered();
                taps.empty();
            }
            case PollResult.FaultyFrame faulty -> health.faultyFrame(faulty.why());
            case PollResult.Silent silent -> health.silent(silent.why());
            case PollResult.ChipFault fault -> health.faulty(fault.why());
        }
        return Optional.empty();
    }

    @Override
    public final void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (polling != null) {
                polling.cancel();
            }
        }
        synchronized (hardware) {
            try {
                closeHardware();
            } catch (RuntimeException e) {
                LOG.warn("reader {} did not close cleanly", id, e);
            }
        }
    }
}
