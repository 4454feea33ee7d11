package se.bricka.backend.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The append-only audit trail of access-log reads, with the apartments each read returned. There is deliberately no update or delete; the
 * database refuses both ({@code V22__append_only_audit}) except {@link AuditTrailPurge}'s removal of
 * entries past {@link se.bricka.core.privacy.AuditRetention}.
 */
public final class AuditRepository {

    private static final String COLUMNS = "read_at, staff_id, staff_username, staff_role, purpose, case_reference,"
            + " apartment_id, door_id, window_from, window_to, output, outcome, rows_returned, extract_request_id";

    /** Appends {@code entry}; returns its id. */
    long append(Connection connection, AuditEntry entry) throws SQLException {
        String sql = "INSERT INTO log_read_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setObject(1, utc(entry.readAt()));
            statement.setLong(2, entry.staffId());
            statement.setString(3, entry.staffUsername());
            statement.setString(4, entry.staffRole());
            statement.setString(5, entry.purpose());
            statement.setString(6, entry.caseReference());
            if (entry.apartmentId() == null) {
                statement.setNull(7, Types.BIGINT);
            } else {
                statement.setLong(7, entry.apartmentId());
            }
            statement.setString(8, entry.doorId());
            statement.setObject(9, utc(entry.windowFrom()));
            statement.setObject(10, utc(entry.windowTo()));
            statement.setString(11, entry.output());
            statement.setString(12, entry.outcome());
            statement.setInt(13, entry.rowsReturned());
            if (entry.extractRequestId() == null) {
                statement.setNull(14, Types.BIGINT);
            } else {
                statement.setLong(14, entry.extractRequestId());
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Records which apartments' events the read {@code auditId} returned, with how many of each, in
     * the read's own transaction.
     */
    void appendApartments(Connection connection, long auditId, Instant readAt, Map<Long, Integer> rowsByApartment)
            throws SQLException {
        if (rowsByApartment.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO log_read_apartment (audit_id, apartment_id, rows_returned, read_at)"
                + " VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Map.Entry<Long, Integer> apartment : rowsByApartment.entrySet()) {
                statement.setLong(1, auditId);
                statement.setLong(2, apartment.getKey());
                statement.setInt(3, apartment.getValue());
                statement.setObject(4, utc(readAt));
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * The reads that concerned {@code apartmentId}, oldest first: those filtered to it and those that
     * returned any of its events. Reads from before V40 count only when they were filtered to it.
     */
    public List<ApartmentRead> concerning(Connection connection, long apartmentId) throws SQLException {
        String sql = "SELECT " + prefixed("a.")
                + ", COALESCE(r.rows_returned, CASE WHEN a.apartment_id = ? THEN a.rows_returned ELSE 0 END)"
                + " AS apartment_rows FROM log_read_audit a"
                + " LEFT JOIN log_read_apartment r ON r.audit_id = a.id AND r.apartment_id = ?"
                + " WHERE a.apartment_id = ? OR r.apartment_id IS NOT NULL ORDER BY a.read_at, a.id";
        List<ApartmentRead> reads = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            statement.setLong(2, apartmentId);
            statement.setLong(3, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    reads.add(new ApartmentRead(entry(row), row.getInt("apartment_rows")));
                }
            }
        }
        return reads;
    }

    private static String prefixed(String alias) {
        return alias + COLUMNS.replace(", ", ", " + alias);
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        Long apartmentId = nullableLong(row, "apartment_id");
        return new AuditEntry(
                instant(row, "read_at"),
                row.getLong("staff_id"),
                row.getString("staff_username"),
                row.getString("staff_role"),
                row.getString("purpose"),
                row.getString("case_reference"),
                apartmentId,
                row.getString("door_id"),
                instant(row, "window_from"),
                instant(row, "window_to"),
                row.getString("output"),
                row.getString("outcome"),
                row.getInt("rows_returned"),
                nullableLong(row, "extract_request_id"));
    }

    private static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
