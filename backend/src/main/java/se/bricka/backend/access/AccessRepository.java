package se.bricka.backend.access;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.bricka.core.wire.DeviceSnapshot;

/** The SQL behind a device's access snapshot: its doors, their residents' tags, staff, bookings. */
final class AccessRepository {

    private static final String DOORS = """
            SELECT d.id, d.door_type, d.resource_id, d.opening_hours, db.building_id
              FROM device_door dd
              JOIN door d ON d.id = dd.door_id
              LEFT JOIN door_building db ON db.door_id = d.id
             WHERE dd.device_id = ?
             ORDER BY d.id, db.building_id
            """;
    private static final String RESIDENTS = """
            SELECT t.uid_hash, t.apartment_id, a.building_id, t.status
              FROM tag t
              JOIN apartment a ON a.id = t.apartment_id
             WHERE a.building_id = ANY (?) AND a.retired_at IS NULL
             ORDER BY t.id
            """;
    private static final String STAFF = """
            SELECT s.id, s.uid_hash, s.staff_ref, s.hours, s.status, g.door_id
              FROM staff_tag s
              LEFT JOIN staff_grant_door g ON g.staff_tag_id = s.id
             WHERE s.property_id = ?
             ORDER BY s.id, g.door_id
            """;
    private static final String BOOKINGS = """
            SELECT id, apartment_id, resource_id, slot_date, slot_start, slot_end
              FROM booking
             WHERE active = TRUE AND resource_id = ANY (?) AND slot_date BETWEEN ? AND ?
             ORDER BY slot_date, slot_start
            """;

    /** The doors bound to the device with database id {@code deviceId}. */
    List<DeviceSnapshot.DoorView> doorsOf(Connection connection, long deviceId) throws SQLException {
        Map<String, DoorRow> doors = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(DOORS)) {
            statement.setLong(1, deviceId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    DoorRow door = doors.computeIfAbsent(row.getString("id"), id -> new DoorRow(id, row));
                    long building = row.getLong("building_id");
                    if (!row.wasNull()) {
                        door.buildings.add(building);
                    }
                }
            }
        }
        return doors.values().stream().map(DoorRow::view).toList();
    }

    /** Every tag, blocked ones included, of apartments in {@code buildingIds}. */
    List<DeviceSnapshot.TagView> residents(Connection connection, Collection<Long> buildingIds) throws SQLException {
        List<DeviceSnapshot.TagView> tags = new ArrayList<>();
        if (buildingIds.isEmpty()) {
            return tags;
        }
        try (PreparedStatement statement = connection.prepareStatement(RESIDENTS)) {
            statement.setArray(1, longs(connection, buildingIds));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    tags.add(AccessDeltas.tagView(row));
                }
            }
        }
        return tags;
    }

    /** The property's staff tags, each with the doors of its grant that are among {@code doorIds}. */
    List<DeviceSnapshot.StaffView> staff(Connection connection, long propertyId, Set<String> doorIds)
            throws SQLException {
        Map<Long, StaffRow> staff = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(STAFF)) {
            statement.setLong(1, propertyId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    StaffRow tag = staff.computeIfAbsent(row.getLong("id"), id -> new StaffRow(row));
                    String door = row.getString("door_id");
                    if (door != null && doorIds.contains(door)) {
                        tag.doors.add(door);
                    }
                }
            }
        }
        return staff.values().stream().map(StaffRow::view).toList();
    }

    /** Active bookings of {@code resourceIds} from {@code from} to {@code to}, both included. */
    List<DeviceSnapshot.BookingView> bookings(
            Connection connection, Collection<Long> resourceIds, LocalDate from, LocalDate to) throws SQLException {
        List<DeviceSnapshot.BookingView> bookings = new ArrayList<>();
        if (resourceIds.isEmpty()) {
            return bookings;
        }
        try (PreparedStatement statement = connection.prepareStatement(BOOKINGS)) {
            statement.setArray(1, longs(connection, resourceIds));
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    bookings.add(AccessDeltas.bookingView(row));
                }
            }
        }
        return bookings;
    }

    private static Array longs(Connection connection, Collection<Long> values) throws SQLException {
        return connection.createArrayOf("BIGINT", values.toArray());
    }

    /** Rows of one door while its buildings are collected. */
    private static final class DoorRow {
        private final String id;
        private final String type;
        private final Long resourceId;
        private final String openingHours;
        private final Set<Long> buildings = new TreeSet<>();

        DoorRow(String id, ResultSet row) {
            this.id = id;
            try {
                this.type = row.getString("door_type");
                long resource = row.getLong("resource_id");
                this.resourceId = row.wasNull() ? null : resource;
                this.openingHours = row.getString("opening_hours");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read door " + id, e);
            }
        }

        DeviceSnapshot.DoorView view() {
            return new DeviceSnapshot.DoorView(id, type, List.copyOf(buildings), resourceId, openingHours);
        }
    }

    /** Rows of one staff tag while its doors are collected. */
    private static final class StaffRow {
        private final String hash;
        private final long staffRef;
        private final String hours;
        private final boolean blocked;
        private final Set<String> doors = new TreeSet<>();

        StaffRow(ResultSet row) {
            try {
                this.hash = row.getString("uid_hash").strip();
                this.staffRef = row.getLong("staff_ref");
                this.hours = row.getString("hours");
                this.blocked = AccessDeltas.blocked(row);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a staff tag", e);
            }
        }

        DeviceSnapshot.StaffView view() {
            return new DeviceSnapshot.StaffView(hash, staffRef, List.copyOf(doors), hours, blocked);
        }
    }
}
