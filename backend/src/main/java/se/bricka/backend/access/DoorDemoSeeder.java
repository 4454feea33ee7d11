package se.bricka.backend.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import se.bricka.backend.device.TokenHash;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;

/**
 * The demo property's doors ({@link DemoDoors}): an entrance and a bike room of the building and the
 * door of {@link DemoEstate#LAUNDRY_ROOM_NAME}; the caretaker's staff tag with a grant to all three;
 * the headless door controller bound to them, and the first board bound to the laundry door.
 */
public final class DoorDemoSeeder {

    private final TagHasher hasher;

    /** Hashes the demo staff tag with {@code hasher}. */
    public DoorDemoSeeder(TagHasher hasher) {
        this.hasher = hasher;
    }

    /** Seeds the doors into the freshly seeded demo property {@code property}, in the caller's transaction. */
    public void seed(Connection connection, long property) throws SQLException {
        long building = idOf(
                connection,
                "SELECT id FROM building WHERE property_id = ? AND name = ?",
                property,
                DemoEstate.BUILDING_NAME);
        long laundry = idOf(
                connection,
                "SELECT id FROM resource WHERE property_id = ? AND name = ?",
                property,
                DemoEstate.LAUNDRY_ROOM_NAME);
        door(connection, property, DemoDoors.ENTRANCE, "Entré Lärkgatan 4", "ENTRANCE", null, building);
        door(connection, property, DemoDoors.BIKE_ROOM, "Cykelrum", "BIKE_ROOM", null, building);
        door(
                connection,
                property,
                DemoDoors.LAUNDRY_ROOM,
                DemoEstate.LAUNDRY_ROOM_NAME,
                "LAUNDRY_ROOM",
                laundry,
                building);
        update(
                connection,
                "INSERT INTO device (device_id, name, property_id, token_hash, kind) VALUES (?, ?, ?, ?, 'door')",
                DemoDoors.DOOR_CONTROLLER.deviceId(),
                DemoDoors.DOOR_CONTROLLER.name(),
                property,
                TokenHash.of(DemoDoors.DOOR_CONTROLLER.token()));
        for (String door : new String[] {DemoDoors.ENTRANCE, DemoDoors.BIKE_ROOM, DemoDoors.LAUNDRY_ROOM}) {
            bind(connection, DemoDoors.DOOR_CONTROLLER.deviceId(), door);
        }
        bind(connection, DemoEstate.DEVICES.getFirst().deviceId(), DemoDoors.LAUNDRY_ROOM);
        update(
                connection,
                "INSERT INTO staff_tag (property_id, staff_ref, uid_hash, masked_uid, status, hours)"
                        + " VALUES (?, ?, ?, ?, 'ACTIVE', ?)",
                property,
                DemoDoors.CARETAKER_STAFF_REF,
                hasher.hash(DemoDoors.CARETAKER_TAG),
                DemoDoors.CARETAKER_TAG.masked(),
                DemoDoors.CARETAKER_HOURS);
        long staffTag = idOf(
                connection,
                "SELECT id FROM staff_tag WHERE property_id = ? AND uid_hash = ?",
                property,
                hasher.hash(DemoDoors.CARETAKER_TAG));
        for (String door : new String[] {DemoDoors.ENTRANCE, DemoDoors.BIKE_ROOM, DemoDoors.LAUNDRY_ROOM}) {
            update(connection, "INSERT INTO staff_grant_door (staff_tag_id, door_id) VALUES (?, ?)", staffTag, door);
        }
    }

    private static void door(
            Connection connection, long property, String id, String name, String type, Long resource, long building)
            throws SQLException {
        update(
                connection,
                "INSERT INTO door (id, property_id, name, door_type, resource_id) VALUES (?, ?, ?, ?, ?)",
                id,
                property,
                name,
                type,
                resource);
        update(connection, "INSERT INTO door_building (door_id, building_id) VALUES (?, ?)", id, building);
    }

    private static void bind(Connection connection, String deviceId, String door) throws SQLException {
        update(
                connection,
                "INSERT INTO device_door (device_id, door_id) SELECT id, ? FROM device WHERE device_id = ?",
                door,
                deviceId);
    }

    private static long idOf(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values);
                ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("demo data is missing: " + sql);
            }
            return row.getLong(1);
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, java.sql.Types.BIGINT);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
