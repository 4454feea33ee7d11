package se.bricka.backend.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.staff.StaffAccount;

/**
 * Every audit trail as one list by time, and the record of each look at it. Reads only, apart from
 * that record: the trails themselves refuse changes in the database ({@code V22}, {@code V33},
 * {@code V35}, {@code V41}, {@code V46}, {@code V58}).
 */
final class AuditTrailRepository {

    private static final String TRAILS = """
            SELECT read_at AS at, staff_username AS actor, staff_role AS actor_role,
                   CASE WHEN purpose = 'register-extract' THEN 'EXTRACT_READ' ELSE 'LOG_READ' END AS kind,
                   apartment_id, door_id AS subject, output AS detail, purpose, case_reference, outcome,
                   rows_returned AS row_count, window_from, window_to
              FROM log_read_audit
            UNION ALL
            SELECT recorded_at, staff_username, staff_role, 'EXTRACT_REQUEST', apartment_id, channel, NULL,
                   NULL, case_reference, NULL, NULL, NULL, NULL
              FROM extract_request
            UNION ALL
            SELECT a.acted_at, s.username, s.staff_role, 'TAG_ACTION', a.apartment_id, a.action, a.reason,
                   NULL, NULL, NULL, NULL, NULL, NULL
              FROM tag_action a LEFT JOIN staff_account s ON s.id = a.staff_id
            UNION ALL
            SELECT a.acted_at, s.username, s.staff_role, 'STAFF_TAG_ACTION', NULL, a.action,
                   CAST(a.staff_tag_id AS VARCHAR(20)), NULL, NULL, NULL, NULL, NULL, NULL
              FROM staff_tag_action a LEFT JOIN staff_account s ON s.id = a.staff_id
            UNION ALL
            SELECT e.received_at, c.name, 'CARETAKER', 'CARETAKER_EVENT', NULL, e.kind, e.detail,
                   NULL, NULL, NULL, NULL, NULL, NULL
              FROM caretaker_event e LEFT JOIN caretaker c ON c.id = e.caretaker_id
            UNION ALL
            SELECT a.acted_at, a.actor, s.staff_role, 'ADMIN_ACTION', NULL, a.action,
                   a.subject || CASE WHEN a.detail IS NULL THEN '' ELSE ': ' || a.detail END,
                   NULL, NULL, NULL, NULL, NULL, NULL
              FROM admin_audit a LEFT JOIN staff_account s ON s.id = a.actor_id
            UNION ALL
            SELECT a.acted_at, c.name, 'CARETAKER', 'BOARD_STAFF_ACTION', NULL, a.action,
                   d.device_id || ': ' || a.reason, NULL, NULL, NULL, NULL, NULL, NULL
              FROM device_staff_action a JOIN caretaker c ON c.id = a.caretaker_id
                   JOIN device d ON d.id = a.device_id
            UNION ALL
            SELECT read_at, staff_username, staff_role, 'AUDIT_READ', NULL,
                   CAST(filter_from AS VARCHAR(10)) || ' .. ' || CAST(filter_to AS VARCHAR(10)), filter_actor,
                   NULL, NULL, NULL, rows_shown, NULL, NULL
              FROM audit_page_read
            """;

    /** Up to {@code limit} lines from {@code offset}, newest first, written in [{@code from}, {@code to}). */
    List<AuditLine> lines(Connection connection, Instant from, Instant to, String actor, int offset, int limit)
            throws SQLException {
        String sql = "SELECT u.*, ap.label FROM (" + TRAILS + ") u LEFT JOIN apartment ap ON ap.id = u.apartment_id"
                + " WHERE u.at >= ? AND u.at < ?" + (actor == null ? "" : " AND LOWER(u.actor) = LOWER(?)")
                + " ORDER BY u.at DESC, u.kind, u.subject OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        List<AuditLine> lines = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            statement.setObject(index++, utc(from));
            statement.setObject(index++, utc(to));
            if (actor != null) {
                statement.setString(index++, actor);
            }
            statement.setInt(index++, offset);
            statement.setInt(index, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    int count = row.getInt("row_count");
                    Integer rows = row.wasNull() ? null : count;
                    lines.add(new AuditLine(
                            instant(row, "at"),
                            row.getString("actor"),
                            row.getString("actor_role"),
                            row.getString("kind"),
                            row.getString("label"),
                            row.getString("subject"),
                            row.getString("detail"),
                            row.getString("purpose"),
                            row.getString("case_reference"),
                            row.getString("outcome"),
                            rows,
                            instant(row, "window_from"),
                            instant(row, "window_to")));
                }
            }
        }
        return lines;
    }

    /** Records that {@code who} looked at the audit page with {@code filter} and saw {@code shown} lines. */
    void recordRead(Connection connection, StaffAccount who, Instant at, AuditFilter filter, int shown)
            throws SQLException {
        String sql = "INSERT INTO audit_page_read (read_at, staff_id, staff_username, staff_role, filter_from,"
                + " filter_to, filter_actor, page_number, rows_shown) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, utc(at));
            statement.setLong(2, who.id());
            statement.setString(3, who.username());
            statement.setString(4, who.role().name());
            statement.setObject(5, filter.from());
            statement.setObject(6, filter.to());
            statement.setString(7, filter.actor());
            statement.setInt(8, filter.page());
            statement.setInt(9, shown);
            statement.executeUpdate();
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
