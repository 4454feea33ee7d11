package se.bricka.backend.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.persistence.AuditTrailTrigger;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.privacy.AuditRetention;

/**
 * The audit trails' own retention, apart from the access log's 14 days: an entry is removed a day
 * after its two years ({@link AuditRetention}). The database refuses to delete anything younger, so
 * this is the only delete these tables ever accept.
 */
public final class AuditTrailPurge {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrailPurge.class);

    private static final Set<String> DEPENDENT_TRAILS = Set.of("log_read_apartment");

    private final Transactor transactor;
    private final Clock clock;

    public AuditTrailPurge(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /** Removes the expired entries of every audit trail; returns how many. */
    public int purge() {
        Instant before = AuditRetention.purgeBefore(clock.instant());
        int deleted = transactor.inTransaction(connection -> {
            int total = 0;
            for (Map.Entry<String, String> table : dependentsFirst()) {
                total += deleteBefore(connection, table.getKey(), table.getValue(), before);
            }
            return total;
        });
        if (deleted > 0) {
            LOG.info("audit retention: {} entries past {} days deleted", deleted, AuditRetention.LIMIT.toDays());
        }
        return deleted;
    }

    /**
     * The trails with those that refer to another trail's entries first: {@code log_read_apartment}
     * names a {@code log_read_audit} entry of the same instant, so it goes in the same purge, just before.
     */
    private static List<Map.Entry<String, String>> dependentsFirst() {
        return AuditTrailTrigger.WRITTEN_AT.entrySet().stream()
                .sorted(Comparator.comparing(
                        (Map.Entry<String, String> table) -> !DEPENDENT_TRAILS.contains(table.getKey())))
                .toList();
    }

    private static int deleteBefore(Connection connection, String table, String writtenAt, Instant before)
            throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM " + table + " WHERE " + writtenAt + " < ?")) {
            statement.setObject(1, AuditRepository.utc(before));
            return statement.executeUpdate();
        }
    }
}
