package se.bricka.backend.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.persistence.Transactor;

/**
 * Deletes the change log's rows beyond the replay window, every few minutes: nothing replays them (a
 * device that far behind gets {@code resync}), and the log would otherwise grow for ever. Several
 * nodes may purge at once: the delete is idempotent. {@link #purgeExpired()} runs it once, as tests do.
 */
public final class ChangeLogPurge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeLogPurge.class);

    private final Transactor transactor;
    private final ChangeLog changeLog;
    private final ReplayWindow window;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public ChangeLogPurge(Transactor transactor, ChangeLog changeLog, ReplayWindow window, Clock clock) {
        this.transactor = transactor;
        this.changeLog = changeLog;
        this.window = window;
        this.clock = clock;
    }

    /** Runs {@link #purgeExpired()} every {@code period} until {@link #close()}. */
    public synchronized void startEvery(Duration period) {
        if (scheduler != null) {
            throw new IllegalStateException("the change-log purge is already scheduled");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bricka-change-log-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runLogged, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes the changes older than the window at the clock's now, and those more than the window's
     * number of versions behind the latest.
     *
     * @return how many rows were deleted
     */
    public int purgeExpired() {
        Instant oldestKept = window.oldestKept(clock.instant());
        return transactor.inTransaction(connection ->
                changeLog.purge(connection, oldestKept, window.lastDropped(changeLog.currentVersion(connection))));
    }

    private void runLogged() {
        try {
            int purged = purgeExpired();
            if (purged > 0) {
                LOG.debug("purged {} changes beyond the replay window", purged);
            }
        } catch (RuntimeException e) {
            LOG.error("change-log purge failed; it runs again at the next period", e);
        }
    }

    /** Stops the schedule; a run in progress finishes. */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }
}
