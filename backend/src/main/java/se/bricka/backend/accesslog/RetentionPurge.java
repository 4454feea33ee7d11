package se.bricka.backend.accesslog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.privacy.AccessEventRetention;

/**
 * Removes what has outlived its limit: access events after 14 days (whole daily partitions dropped on
 * PostgreSQL, then the boundary day trimmed; a DELETE on the embedded database) and audit entries after
 * two years. Also creates the next days' partitions ahead of time.
 */
public final class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final Transactor transactor;
    private final AccessEventPartitions partitions;
    private final Clock clock;
    private final AccessEventRepository events = new AccessEventRepository();
    private final AuditRepository audit = new AuditRepository();

    public RetentionPurge(Transactor transactor, AccessEventPartitions partitions, Clock clock) {
        this.transactor = transactor;
        this.partitions = partitions;
        this.clock = clock;
    }

    /** What one purge removed. */
    public record Purged(int partitionsDropped, int eventsDeleted, int auditEntriesDeleted) {}

    /** Runs the purge now. */
    public Purged purge() {
        Instant now = clock.instant();
        Instant oldestKept = AccessEventRetention.oldestKept(now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        partitions.ensure(today);
        partitions.ensure(today.plusDays(1));
        int dropped = partitions.dropBefore(oldestKept);
        int deleted = transactor.inTransaction(connection -> events.deleteOlderThan(connection, oldestKept));
        Instant auditLimit = now.minus(Duration.ofDays(AuditRepository.RETENTION_DAYS));
        int audits = transactor.inTransaction(connection -> audit.purgeBefore(connection, auditLimit));
        if (dropped + deleted + audits > 0) {
            LOG.info(
                    "retention purge: {} partitions dropped, {} events and {} audit entries deleted",
                    dropped,
                    deleted,
                    audits);
        }
        return new Purged(dropped, deleted, audits);
    }
}
