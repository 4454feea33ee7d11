package se.bricka.backend.accesslog;

import static se.bricka.backend.accesslog.AuditRepository.instant;
import static se.bricka.backend.accesslog.AuditRepository.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bricka.core.access.AccessReason;
import se.bricka.core.wire.AccessEventUpload;

/**
 * The access-event table. Every read takes the oldest instant still kept, so an event past the
 * 14-day limit is never returned, even before the purge has run.
 */
public final class AccessEventRepository {

    private static final String INSERT_IF_ABSENT = """
            INSERT INTO access_event
                   (device_id, event_id, door_id, occurred_at, apartment_id, granted, reason, received_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?
             WHERE NOT EXISTS (SELECT 1 FROM access_event WHERE device_id = ? AND event_id = ? AND occurred_at = ?)
            """;

    /**
     * Stores each event the device has not uploaded before, in one JDBC batch (one round trip on
     * PostgreSQL instead of one per event). The statements run in order, so an event repeated within
     * the batch is stored once too.
     *
     * @param reasons the checked reason of each event, in the same order
     * @return how many events were new
     */
    int insertAllIfAbsent(
            Connection connection,
            long deviceId,
            List<AccessEventUpload> events,
            List<AccessReason> reasons,
            Instant at)
            throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_IF_ABSENT)) {
            for (int i = 0; i < events.size(); i++) {
                bind(statement, deviceId, events.get(i), reasons.get(i), at);
                statement.addBatch();
            }
            int stored = 0;
            for (int count : statement.executeBatch()) {
                if (count < 0) {
                    throw new SQLException("the driver did not say whether an event was stored (" + count + ")");
                }
                stored += count;
            }
            return stored;
        }
    }

    private static void bind(
            PreparedStatement statement, long deviceId, AccessEventUpload event, AccessReason reason, Instant at)
            throws SQLException {
        statement.setLong(1, deviceId);
        statement.setString(2, event.eventId());
        statement.setString(3, event.doorId());
        statement.setObject(4, utc(event.occurredAt()));
        if (event.apartmentId() == null) {
            statement.setNull(5, Types.BIGINT);
        } else {
            statement.setLong(5, event.apartmentId());
        }
        statement.setBoolean(6, reason.grants());
        statement.setString(7, reason.code());
        statement.setObject(8, utc(at));
        statement.setLong(9, deviceId);
        statement.setString(10, event.eventId());
        statement.setObject(11, utc(event.occurredAt()));
    }

    /** Events matching {@code filter} no older than {@code oldestKept}, oldest first, at most {@code limit}. */
    public List<AccessEventRow> find(Connection connection, LogFilter filter, Instant oldestKept, int limit)
            throws SQLException {
        LogFilter window = filter.within(oldestKept);
        StringBuilder sql =
                new StringBuilder("SELECT door_id, occurred_at, apartment_id, granted, reason FROM access_event"
                        + " WHERE occurred_at >= ? AND occurred_at < ?");
        if (window.apartmentId() != null) {
            sql.append(" AND apartment_id = ?");
        }
        if (window.doorId() != null) {
            sql.append(" AND door_id = ?");
        }
        sql.append(" ORDER BY occurred_at, door_id FETCH FIRST ").append(limit).append(" ROWS ONLY");
        List<AccessEventRow> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int i = 1;
            statement.setObject(i++, utc(window.from()));
            statement.setObject(i++, utc(window.to()));
            if (window.apartmentId() != null) {
                statement.setLong(i++, window.apartmentId());
            }
            if (window.doorId() != null) {
                statement.setString(i, window.doorId());
            }
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long apartment = row.getLong("apartment_id");
                    // wasNull() speaks of the last column read: ask it before reading another.
                    Long apartmentId = row.wasNull() ? null : apartment;
                    rows.add(new AccessEventRow(
                            row.getString("door_id"),
                            instant(row, "occurred_at"),
                            apartmentId,
                            row.getBoolean("granted"),
                            row.getString("reason")));
                }
            }
        }
        return rows;
    }

    /** Deletes events older than {@code oldestKept}; on PostgreSQL only the boundary day is left to delete from. */
    int deleteOlderThan(Connection connection, Instant oldestKept) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM access_event WHERE occurred_at < ?")) {
            statement.setObject(1, utc(oldestKept));
            return statement.executeUpdate();
        }
    }

    /** The labels of the apartments in {@code rows} (apartment numbers only, never names). */
    java.util.Map<Long, String> labels(Connection connection, List<AccessEventRow> rows) throws SQLException {
        List<Long> ids = rows.stream()
                .map(AccessEventRow::apartmentId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        java.util.Map<Long, String> labels = new java.util.HashMap<>();
        int chunk = 500;
        for (int from = 0; from < ids.size(); from += chunk) {
            List<Long> part = ids.subList(from, Math.min(ids.size(), from + chunk));
            String marks = String.join(",", java.util.Collections.nCopies(part.size(), "?"));
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT id, label FROM apartment WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < part.size(); i++) {
                    statement.setLong(i + 1, part.get(i));
                }
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        labels.put(row.getLong(1), row.getString(2));
                    }
                }
            }
        }
        return labels;
    }

    /** The id of the apartment with this label, if exactly one has it. */
    Optional<Long> apartmentByLabel(Connection connection, String label) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM apartment WHERE label = ?")) {
            statement.setString(1, label);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long id = row.getLong(1);
                return row.next() ? Optional.empty() : Optional.of(id);
            }
        }
    }
}
