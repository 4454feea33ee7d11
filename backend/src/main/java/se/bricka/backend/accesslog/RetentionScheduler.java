package se.bricka.backend.accesslog;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link RetentionPurge} every {@code purgePeriod} (a minute in production), so an access event or
 * check-in time is gone at most a period plus two purge runs after its 14 days — reads stop returning
 * it at once. Slower housekeeping (the audit trails' two years, sign-in failures) runs every
 * {@code housekeepingPeriod} on the same thread. Several nodes may purge at once: dropping and
 * deleting are idempotent.
 */
public final class RetentionScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionScheduler.class);

    private final ScheduledExecutorService executor;

    private RetentionScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts purging with {@code purge} every {@code purgePeriod}, and {@code housekeeping} every {@code housekeepingPeriod}. */
    public static RetentionScheduler start(
            Runnable purge, Duration purgePeriod, Runnable housekeeping, Duration housekeepingPeriod) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bricka-retention");
            thread.setDaemon(true);
            return thread;
        });
        schedule(executor, "retention purge", purge, purgePeriod);
        schedule(executor, "housekeeping", housekeeping, housekeepingPeriod);
        return new RetentionScheduler(executor);
    }

    private static void schedule(ScheduledExecutorService executor, String name, Runnable job, Duration period) {
        long millis = period.toMillis();
        if (millis <= 0) {
            throw new IllegalArgumentException(name + " period must be positive, was " + period);
        }
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        job.run();
                    } catch (RuntimeException e) {
                        LOG.error("{} failed; it runs again in {}", name, period, e);
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
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
