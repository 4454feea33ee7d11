package se.bricka.backend.caretaker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.bricka.core.caretaker.PinHasher.PinHash;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPin;

/** The SQL of caretakers, their PIN hashes and their maintenance events. */
final class CaretakerRepository {

    private static final String PINS = """
            SELECT id, name, pin_salt, pin_hash, pin_iterations, staff_ref
              FROM caretaker
             WHERE property_id = ? AND pin_hash IS NOT NULL
             ORDER BY id
            """;
    private static final String STAFF_TAGS =
            "SELECT staff_ref, uid_hash FROM staff_tag WHERE property_id = ? AND status = 'ACTIVE' ORDER BY id";
    private static final String SET_STAFF_REF = "UPDATE caretaker SET staff_ref = ? WHERE id = ?";
    private static final String SET_PIN = """
            UPDATE caretaker SET pin_salt = ?, pin_hash = ?, pin_iterations = ?, pin_changed_at = ?
             WHERE id = ? AND property_id = ?
            """;
    private static final String INSERT = "INSERT INTO caretaker (property_id, name) VALUES (?, ?)";
    private static final String INSERT_EVENT = """
            INSERT INTO caretaker_event (device_id, caretaker_id, kind, detail, occurred_at, received_at, event_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String CARETAKER_IN_PROPERTY =
            "SELECT COUNT(*) FROM caretaker WHERE id = ? AND property_id = ?";
    private static final String FIRST_RESOURCE = "SELECT MIN(id) FROM resource WHERE property_id = ?";

    List<CaretakerPin> pins(Connection connection, long propertyId) throws SQLException {
        Map<Long, List<String>> tags = staffTags(connection, propertyId);
        List<CaretakerPin> pins = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PINS)) {
            statement.setLong(1, propertyId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    pins.add(new CaretakerPin(
                            row.getLong("id"),
                            row.getString("name"),
                            row.getString("pin_salt"),
                            row.getString("pin_hash"),
                            row.getInt("pin_iterations"),
                            tags.getOrDefault(row.getObject("staff_ref", Long.class), List.of())));
                }
            }
        }
        return pins;
    }

    /** The active staff tags' hashes of a property, by the staff member's number. */
    private static Map<Long, List<String>> staffTags(Connection connection, long propertyId) throws SQLException {
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(STAFF_TAGS)) {
            statement.setLong(1, propertyId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    tags.computeIfAbsent(row.getLong("staff_ref"), ref -> new ArrayList<>())
                            .add(row.getString("uid_hash"));
                }
            }
        }
        return tags;
    }

    /** Links a caretaker to their number in the staff register, the one their staff tags carry. */
    void setStaffRef(Connection connection, long caretakerId, long staffRef) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_STAFF_REF)) {
            update.setLong(1, staffRef);
            update.setLong(2, caretakerId);
            update.executeUpdate();
        }
    }

    /** Sets or (with {@code null}) revokes a PIN; whether the caretaker exists in the property. */
    boolean setPin(Connection connection, long propertyId, long caretakerId, PinHash pin, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(SET_PIN)) {
            update.setString(1, pin == null ? null : pin.salt());
            update.setString(2, pin == null ? null : pin.hash());
            if (pin == null) {
                update.setNull(3, Types.INTEGER);
            } else {
                update.setInt(3, pin.iterations());
            }
            update.setObject(4, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setLong(5, caretakerId);
            update.setLong(6, propertyId);
            return update.executeUpdate() == 1;
        }
    }

    long insert(Connection connection, long propertyId, String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, propertyId);
            insert.setString(2, name);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    boolean belongsTo(Connection connection, long caretakerId, long propertyId) throws SQLException {
        return count(connection, CARETAKER_IN_PROPERTY, caretakerId, propertyId) == 1;
    }

    void insertEvent(Connection connection, long deviceId, CaretakerEventReport report, Instant receivedAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_EVENT)) {
            insert.setLong(1, deviceId);
            insert.setObject(2, report.caretakerId(), Types.BIGINT);
            insert.setString(3, report.kind());
            insert.setString(4, report.detail());
            insert.setObject(5, OffsetDateTime.ofInstant(report.occurredAt(), ZoneOffset.UTC));
            insert.setObject(6, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            insert.setString(7, report.eventId());
            insert.executeUpdate();
        }
    }

    /** Whether the device already delivered the event with this id. */
    boolean hasEvent(Connection connection, long deviceId, String eventId) throws SQLException {
        try (PreparedStatement find =
                connection.prepareStatement("SELECT 1 FROM caretaker_event WHERE device_id = ? AND event_id = ?")) {
            find.setLong(1, deviceId);
            find.setString(2, eventId);
            try (java.sql.ResultSet row = find.executeQuery()) {
                return row.next();
            }
        }
    }

    /** The property's first object: change-log rows need one, and every board of the property hears it. */
    long firstResource(Connection connection, long propertyId) throws SQLException {
        return count(connection, FIRST_RESOURCE, propertyId);
    }

    private static long count(Connection connection, String sql, long... ids) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                statement.setLong(i + 1, ids[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
