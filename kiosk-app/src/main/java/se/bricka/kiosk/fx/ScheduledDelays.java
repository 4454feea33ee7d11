package se.bricka.kiosk.fx;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** {@link Delays} on a daemon timer thread, for the running board. */
public final class ScheduledDelays implements Delays, AutoCloseable {

    private final ScheduledExecutorService timer;

    /** Delays on a timer thread named {@code name}. */
    public ScheduledDelays(String name) {
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Cancellable after(Duration delay, Runnable task) {
        ScheduledFuture<?> future = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
