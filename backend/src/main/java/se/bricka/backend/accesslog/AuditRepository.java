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

/**
 * The append-only audit trail of access-log reads. There is deliberately no update or delete; the
 * database refuses both ({@code V22__append_only_audit}) except {@link AuditTrailPurge}'s removal of
 * entries past {@link se.bricka.core.privacy.AuditRetention}.
 */
public final class AuditRepository {

    private static final String COLUMNS = "read_at, staff_id, staff_username, staff_role, purpose, case_reference,"
            + " apartment_id, door_id, window_from, window_to, output, outcome, rows_returned";

    void append(Connection connection, AuditEntry entry) throws SQLException {
        String sql = "INSERT INTO log_read_audit (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
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
            statement.executeUpdate();
        }
    }

    /** The reads that concerned {@code apartmentId}, oldest first. */
    public List<AuditEntry> concerning(Connection connection, long apartmentId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM log_read_audit WHERE apartment_id = ? ORDER BY read_at, id";
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    entries.add(entry(row));
                }
            }
        }
        return entries;
    }

    private static AuditEntry entry(ResultSet row) throws SQLException {
        long apartment = row.getLong("apartment_id");
        Long apartmentId = row.wasNull() ? null : apartment;
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
                row.getInt("rows_returned"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getObject(column, OffsetDateTime.class).toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
