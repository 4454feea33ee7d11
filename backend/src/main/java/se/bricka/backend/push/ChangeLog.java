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
import java.util.Optional;
import java.util.OptionalLong;
import se.bricka.backend.http.Json;
import se.bricka.core.booking.Slot;
import se.bricka.core.wire.ChangeDelta;
import se.bricka.core.wire.ChangeEvent;

/**
 * The versioned record of every change devices must hear about, each with the property it belongs to:
 * the property of the slot's object, of the tags' building, of the staff tag, or the one the caller
 * names. A device hears only its own property's changes ({@link LoggedChange}).
 */
public final class ChangeLog {

    private static final String BUMP = "UPDATE change_counter SET version = version + 1 WHERE id = 1";
    private static final String[] BUMPED_VERSION = {"version"};
    private static final String CURRENT = "SELECT version FROM change_counter WHERE id = 1";
    private static final String APPEND = """
            INSERT INTO change_log (version, kind, resource_id, slot_date, slot_start, delta, changed_at, property_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String SINCE = """
            SELECT version, kind, resource_id, slot_date, slot_start, delta, property_id
              FROM change_log
             WHERE version > ?
             ORDER BY version
             LIMIT ?
            """;
    private static final String PROPERTY_OF_VERSION = "SELECT property_id FROM change_log WHERE version = ?";
    private static final String CHANGED_AT = "SELECT changed_at FROM change_log WHERE version = ?";
    private static final String PURGE = "DELETE FROM change_log WHERE changed_at < ? OR version <= ?";
    private static final String PROPERTY_OF_RESOURCE = "SELECT property_id FROM resource WHERE id = ?";
    private static final String PROPERTY_OF_BUILDING = "SELECT property_id FROM building WHERE id = ?";
    private static final String PROPERTY_OF_STAFF_TAG = "SELECT property_id FROM staff_tag WHERE uid_hash = ?";
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
        ChangeEvent change = new ChangeEvent(0, kind, slot.resourceId(), slot.date(), slot.start(), delta);
        return insert(connection, change, propertyOf(connection, change), at);
    }

    /**
     * Appends a change that concerns no slot, such as {@code tag-blocked}, inside the caller's
     * transaction. As with {@link #append}, call it last before commit. Without a delta that names a
     * tag, it is a bare signal every device hears: prefer {@link #appendForProperty}.
     */
    public ChangeEvent appendWithoutSlot(Connection connection, String kind, Instant at) throws SQLException {
        return appendWithoutSlot(connection, kind, null, at);
    }

    /**
     * As {@link #appendWithoutSlot(Connection, String, Instant)}, carrying what the change did; the
     * property is that of the tags (their building) or staff tag the delta names.
     */
    public ChangeEvent appendWithoutSlot(Connection connection, String kind, ChangeDelta delta, Instant at)
            throws SQLException {
        ChangeEvent change = new ChangeEvent(0, kind, 0, null, null, delta);
        return insert(connection, change, propertyOf(connection, change), at);
    }

    /** Appends a change of {@code propertyId} that names no slot and carries no delta, such as {@code doors-changed}. */
    public ChangeEvent appendForProperty(Connection connection, String kind, long propertyId, Instant at)
            throws SQLException {
        if (propertyId <= 0) {
            throw new IllegalArgumentException("a change's property must be positive, was " + propertyId);
        }
        return insert(connection, new ChangeEvent(0, kind, 0, null, null, null), propertyId, at);
    }

    private ChangeEvent insert(Connection connection, ChangeEvent change, long property, Instant at)
            throws SQLException {
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
            if (property == LoggedChange.EVERY_PROPERTY) {
                insert.setNull(8, Types.BIGINT);
            } else {
                insert.setLong(8, property);
            }
            insert.executeUpdate();
        }
        return new ChangeEvent(
                version, change.kind(), change.resourceId(), change.date(), change.start(), change.delta());
    }

    /**
     * The property of what {@code change} names: its object, else its delta's booking, tags or staff
     * tag. A change that names something of no known property is refused rather than sent to everyone.
     */
    private static long propertyOf(Connection connection, ChangeEvent change) throws SQLException {
        ChangeDelta delta = change.delta();
        Optional<Long> property;
        if (change.resourceId() != 0) {
            property = lookUp(connection, PROPERTY_OF_RESOURCE, change.resourceId());
        } else if (delta == null) {
            return LoggedChange.EVERY_PROPERTY;
        } else if (delta.booking() != null) {
            property = lookUp(connection, PROPERTY_OF_RESOURCE, delta.booking().resourceId());
        } else if (delta.residents() != null && !delta.residents().isEmpty()) {
            property = lookUp(
                    connection,
                    PROPERTY_OF_BUILDING,
                    delta.residents().getFirst().buildingId());
        } else if (delta.staff() != null && !delta.staff().isEmpty()) {
            property = lookUp(
                    connection, PROPERTY_OF_STAFF_TAG, delta.staff().getFirst().tagHash());
        } else {
            return LoggedChange.EVERY_PROPERTY;
        }
        return property.orElseThrow(() -> new IllegalArgumentException(
                "change " + change.kind() + " names an object, building or staff tag of no property"));
    }

    private static Optional<Long> lookUp(Connection connection, String sql, Object key) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(sql)) {
            find.setObject(1, key);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
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

    /** At most {@code limit} changes after {@code version}, oldest first, each with its property. */
    public List<LoggedChange> since(Connection connection, long version, int limit) throws SQLException {
        List<LoggedChange> changes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SINCE)) {
            statement.setLong(1, version);
            statement.setInt(2, limit);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ChangeEvent event = new ChangeEvent(
                            row.getLong("version"),
                            row.getString("kind"),
                            row.getLong("resource_id"),
                            row.getObject("slot_date", LocalDate.class),
                            row.getObject("slot_start", LocalTime.class),
                            delta(row.getString("delta")));
                    changes.add(new LoggedChange(event, row.getLong("property_id")));
                }
            }
        }
        return changes;
    }

    /**
     * The property of the change of {@code version} ({@link LoggedChange#EVERY_PROPERTY} for a bare
     * signal); empty when the log holds no such version.
     */
    public OptionalLong propertyOf(Connection connection, long version) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(PROPERTY_OF_VERSION)) {
            find.setLong(1, version);
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** When the change of {@code version} was made; empty when the log no longer (or never) held it. */
    public Optional<Instant> changedAt(Connection connection, long version) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(CHANGED_AT)) {
            find.setLong(1, version);
            try (ResultSet row = find.executeQuery()) {
                return row.next()
                        ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant())
                        : Optional.empty();
            }
        }
    }

    /** Deletes the changes made before {@code before} and those of versions up to {@code upToVersion}. */
    public int purge(Connection connection, Instant before, long upToVersion) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(PURGE)) {
            delete.setObject(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
            delete.setLong(2, upToVersion);
            return delete.executeUpdate();
        }
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
