package se.bricka.backend.accesslog;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link RetentionPurge} a minute after start and then every {@code period} (hourly in production, so an
 * event is gone within an hour of its 14 days even before reads stop returning it — which they do at
 * once). Several nodes may purge at once: dropping and deleting are idempotent.
 */
public final class RetentionScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);

    private final ScheduledExecutorService executor;

    private RetentionScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts purging with {@code purge} and {@code also} every {@code period}. */
    public static RetentionScheduler start(RetentionPurge purge, Runnable also, Duration period) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bricka-retention");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        purge.purge();
                        also.run();
                    } catch (RuntimeException e) {
                        LOG.error("retention purge failed; it runs again in {}", period, e);
                    }
                },
                Math.min(60, period.toSeconds()),
                period.toSeconds(),
                TimeUnit.SECONDS);
        return new RetentionScheduler(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("retention purge did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
