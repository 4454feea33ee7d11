package se.bricka.kiosk.fx;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches that the FX thread still answers: a heartbeat is posted to it regularly; when none has
 * come back within the limit, the stall is logged for the caretaker, and when the thread answers
 * again the board is sent back to its idle screen, never left half-way through a visit.
 */
public final class FxStallWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxStallWatch.class);

    private final Executor fx;
    private final LongSupplier nanoTime;
    private final long limitNanos;
    private final Runnable onRecovered;
    private volatile long lastBeat;
    private volatile boolean stalled;
    private ScheduledExecutorService timer;

    /**
     * @param fx runs the heartbeat: the FX thread
     * @param onRecovered run on the FX thread after a stall, to bring the board back to idle
     */
    public FxStallWatch(Executor fx, LongSupplier nanoTime, Duration limit, Runnable onRecovered) {
        this.fx = Objects.requireNonNull(fx, "fx");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.limitNanos = limit.toNanos();
        this.onRecovered = Objects.requireNonNull(onRecovered, "onRecovered");
        this.lastBeat = nanoTime.getAsLong();
    }

    /** Checks every second on a daemon thread of its own. */
    public FxStallWatch start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "fx-stall-watch");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** One check: notes a stall when the last heartbeat is too old, then posts the next heartbeat. */
    public void check() {
        if (!stalled && nanoTime.getAsLong() - lastBeat > limitNanos) {
            stalled = true;
            LOG.error("the FX thread has not answered for over {} ms", limitNanos / 1_000_000);
        }
        fx.execute(this::beat);
    }

    /** Whether the FX thread is stalled right now, as far as the last check could tell. */
    public boolean stalled() {
        return stalled;
    }

    private void beat() {
        lastBeat = nanoTime.getAsLong();
        if (stalled) {
            stalled = false;
            LOG.warn("the FX thread answers again; the board goes back to its idle screen");
            onRecovered.run();
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
