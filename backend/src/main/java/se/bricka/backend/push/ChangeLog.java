package se.bricka.backend.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.http.Json;
import se.bricka.core.booking.Slot;
import se.bricka.core.wire.ChangeDelta;
import se.bricka.core.wire.ChangeEvent;

/** The versioned record of every change devices must hear about. */
public final class ChangeLog {

    private static final String BUMP = "UPDATE change_counter SET version = version + 1 WHERE id = 1";
    private static final String[] BUMPED_VERSION = {"version"};
    private static final String CURRENT = "SELECT version FROM change_counter WHERE id = 1";
    private static final String APPEND = """
            INSERT INTO change_log (version, kind, resource_id, slot_date, slot_start, delta, changed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String SINCE = """
            SELECT version, kind, resource_id, slot_date, slot_start, delta
              FROM change_log
             WHERE version > ?
             ORDER BY version
            """;
    private static final ObjectMapper JSON = Json.newMapper();

    /**
     * Appends a change inside the caller's transaction. Call it last before commit: it takes the
     * counter's row lock, which orders versions by commit, and holds it until then.
     */
    public ChangeEvent append(Connection connection, String kind, Slot slot, Instant at) throws SQLException {
        return append(connection, kind, slot, null, at);
    }

    /** As {@link #append(Connection, String, Slot, Instant)}, carrying what the change did to snapshots. */
    public ChangeEvent append(Connection connection, String kind, Slot slot, ChangeDelta delta, Instant at)
            throws SQLException {
        return insert(connection, new ChangeEvent(0, kind, slot.resourceId(), slot.date(), slot.start(), delta), at);
    }

    /**
     * Appends a change that concerns no slot, such as {@code tag-blocked}, inside the caller's
     * transaction. As with {@link #append}, call it last before commit.
     */
    public ChangeEvent appendWithoutSlot(Connection connection, String kind, Instant at) throws SQLException {
        return appendWithoutSlot(connection, kind, null, at);
    }

    /** As {@link #appendWithoutSlot(Connection, String, Instant)}, carrying what the change did. */
    public ChangeEvent appendWithoutSlot(Connection connection, String kind, ChangeDelta delta, Instant at)
            throws SQLException {
        return insert(connection, new ChangeEvent(0, kind, 0, null, null, delta), at);
    }

    private ChangeEvent insert(Connection connection, ChangeEvent change, Instant at) throws SQLException {
        long version = bump(connection);
        try (PreparedStatement insert = connection.prepareStatement(APPEND)) {
            insert.setLong(1, version);
            insert.setString(2, change.kind());
            if (change.resourceId() == 0) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, change.resourceId());
            }
            insert.setObject(4, change.date());
            insert.setObject(5, change.start());
            insert.setString(6, change.delta() == null ? null : Json.write(JSON, change.delta()));
            insert.setObject(7, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return new ChangeEvent(
                version, change.kind(), change.resourceId(), change.date(), change.start(), change.delta());
    }

    /**
     * Takes the counter's row lock and the new version in one statement: the updated column comes back
     * as a generated key (H2 returns the row as updated, PostgreSQL's driver adds {@code RETURNING}), so
     * the lock every writer queues on is held for one statement fewer.
     */
    private static long bump(Connection connection) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP, BUMPED_VERSION)) {
            bump.executeUpdate();
            try (ResultSet bumped = bump.getGeneratedKeys()) {
                if (!bumped.next()) {
                    throw new SQLException("the change counter row is missing");
                }
                return bumped.getLong(1);
            }
        }
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
                            row.getObject("slot_start", LocalTime.class),
                            delta(row.getString("delta"))));
                }
            }
        }
        return events;
    }

    private static ChangeDelta delta(String json) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, ChangeDelta.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable change delta: " + json, e);
        }
    }
}
