package se.bricka.backend.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.booking.CheckIns;
import se.bricka.backend.health.DomainMetrics;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.privacy.AccessEventRetention;

/**
 * Removes access data that has outlived its 14 days: access events (whole daily partitions dropped on
 * PostgreSQL, then the boundary day trimmed through the time index; a DELETE on the embedded database)
 * and bookings' check-in times. Also creates the next days' partitions ahead of time. Cheap enough to
 * run every minute: each step is an indexed range over at most a minute's expired rows. The audit
 * trails have their own retention, {@link AuditTrailPurge}.
 */
public final class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final Transactor transactor;
    private final AccessEventPartitions partitions;
    private final CheckIns checkIns;
    private final Clock clock;
    private final AccessEventRepository events = new AccessEventRepository();

    public RetentionPurge(Transactor transactor, AccessEventPartitions partitions, CheckIns checkIns, Clock clock) {
        this.transactor = transactor;
        this.partitions = partitions;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** What one purge removed. */
    public record Purged(int partitionsDropped, int eventsDeleted, int checkInsCleared) {}

    /** Runs the purge now. */
    public Purged purge() {
        Instant now = clock.instant();
        Instant oldestKept = AccessEventRetention.oldestKept(now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        partitions.ensure(today);
        partitions.ensure(today.plusDays(1));
        int dropped = partitions.dropBefore(oldestKept);
        int deleted = transactor.inTransaction(connection -> events.deleteOlderThan(connection, oldestKept));
        int cleared = checkIns.forgetOlderThan(oldestKept);
        if (dropped + deleted + cleared > 0) {
            LOG.info(
                    "retention purge: {} partitions dropped, {} events deleted, {} check-in times cleared",
                    dropped,
                    deleted,
                    cleared);
        }
        DomainMetrics.retentionPurged(dropped, deleted);
        return new Purged(dropped, deleted, cleared);
    }
}
