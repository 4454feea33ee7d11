package se.bricka.backend.push;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.bricka.core.booking.Slot;
import se.bricka.core.wire.ChangeEvent;

/** The versioned record of every change devices must hear about. */
public final class ChangeLog {

    private static final String BUMP = "UPDATE change_counter SET version = version + 1 WHERE id = 1";
    private static final String CURRENT = "SELECT version FROM change_counter WHERE id = 1";
    private static final String APPEND = """
            INSERT INTO change_log (version, kind, resource_id, slot_date, slot_start, changed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String SINCE = """
            SELECT version, kind, resource_id, slot_date, slot_start
              FROM change_log
             WHERE version > ?
             ORDER BY version
            """;

    /**
     * Appends a change inside the caller's transaction. Call it last before commit: it takes the
     * counter's row lock, which orders versions by commit, and holds it until then.
     */
    public ChangeEvent append(Connection connection, String kind, Slot slot, Instant at) throws SQLException {
        try (Statement bump = connection.createStatement()) {
            bump.executeUpdate(BUMP);
        }
        long version = currentVersion(connection);
        try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
            insert.setLong(1, version);
            insert.setString(2, kind);
            insert.setLong(3, slot.resourceId());
            insert.setObject(4, slot.date());
            insert.setObject(5, slot.start());
            insert.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return new ChangeEvent(version, kind, slot.resourceId(), slot.date(), slot.start());
    }

    /**
     * Appends a change that concerns no slot, such as {@code tag-blocked}, inside the caller's
     * transaction. As with {@link #append}, call it last before commit.
     */
    public ChangeEvent appendWithoutSlot(Connection connection, String kind, Instant at) throws SQLException {
        try (Statement bump = connection.createStatement()) {
            bump.executeUpdate(BUMP);
        }
        long version = currentVersion(connection);
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO change_log (version, kind, changed_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, version);
            insert.setString(2, kind);
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return new ChangeEvent(version, kind, 0, null, null);
    }

    /** The version of the latest committed change; 0 before the first. */
    public long currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(CURRENT)) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Every change after {@code version}, oldest first. */
    public List<ChangeEvent> since(Connection connection, long version) throws SQLException {
        List<ChangeEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SINCE)) {
            statement.setLong(1, version);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    events.add(new ChangeEvent(
                            row.getLong("version"),
                            row.getString("kind"),
                            row.getLong("resource_id"),
                            row.getObject("slot_date", LocalDate.class),
                            row.getObject("slot_start", LocalTime.class)));
                }
            }
        }
        return events;
    }
}
