package se.bricka.backend.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;
import se.bricka.core.privacy.AuditRetention;

/**
 * The embedded database's guard of the audit trails (installed by {@code V22__append_only_audit} and {@code V33__append_only_caretaker_events}, {@code V35__append_only_staff_tag_actions}, {@code V41__append_only_extract_requests}, {@code V46__append_only_admin_audit}, {@code V58__append_only_device_staff_actions}): an
 * UPDATE is always refused, a DELETE unless the entry is past {@link AuditRetention#LIMIT}. PostgreSQL
 * gets the same rule as a PL/pgSQL trigger in that migration.
 */
public final class AuditTrailTrigger implements Trigger {

    /** Each audit table with the column that says when its entry was written. */
    public static final Map<String, String> WRITTEN_AT = Map.ofEntries(
            Map.entry("log_read_audit", "read_at"),
            Map.entry("tag_action", "acted_at"),
            Map.entry("caretaker_event", "received_at"),
            Map.entry("staff_tag_action", "acted_at"),
            Map.entry("extract_request", "recorded_at"),
            Map.entry("log_read_apartment", "read_at"),
            Map.entry("audit_page_read", "read_at"),
            Map.entry("admin_audit", "acted_at"),
            Map.entry("device_staff_action", "acted_at"));

    /** The SQLSTATE of the refusal (integrity constraint violation), the same on both databases. */
    public static final String REFUSED_STATE = "23000";

    private String table;
    private int writtenAtIndex;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase(Locale.ROOT);
        String column = WRITTEN_AT.get(this.table);
        if (column == null) {
            throw new SQLException("no audit table: " + table);
        }
        this.writtenAtIndex = columnIndex(connection, schema, table, column);
    }

    private static int columnIndex(Connection connection, String schema, String table, String column)
            throws SQLException {
        try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return columns.getInt("ORDINAL_POSITION") - 1;
                }
            }
        }
        throw new SQLException("no column " + column + " in " + table);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (newRow != null) {
            throw new SQLException(table + " is an audit trail: its entries cannot be changed", REFUSED_STATE);
        }
        if (!AuditRetention.expired(writtenAt(oldRow[writtenAtIndex]), Instant.now())) {
            throw new SQLException(
                    table + " is an audit trail: an entry is kept " + AuditRetention.LIMIT.toDays()
                            + " days before it may be deleted",
                    REFUSED_STATE);
        }
    }

    private static Instant writtenAt(Object value) {
        return switch (value) {
            case OffsetDateTime time -> time.toInstant();
            case Timestamp time -> time.toInstant();
            case Instant time -> time;
            default -> throw new IllegalStateException("not a time: " + value);
        };
    }
}
