package se.bricka.backend.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.bricka.backend.persistence.Transactor;

/** What IT administration's door-access page shows: the doors, what each device guards, each staff tag's grant. */
public final class DoorAccessOverview {

    /** A door of a property. */
    public record Door(String id, String name, String type, String propertyName) {}

    /** A device and the doors it guards now. */
    public record Device(long id, String deviceId, String name, String propertyName, List<String> doors) {}

    /** A staff tag (caretaker's, cleaner's) and its grant now. */
    public record StaffTag(
            long id,
            String maskedUid,
            long staffRef,
            String status,
            String propertyName,
            String hours,
            List<String> doors) {}

    /** Everything the page lists. */
    public record Snapshot(List<Door> doors, List<Device> devices, List<StaffTag> staffTags) {}

    private static final String DOORS = """
            SELECT d.id, d.name, d.door_type, p.name AS property_name
              FROM door d JOIN property p ON p.id = d.property_id
             ORDER BY p.name, d.id
            """;
    private static final String DEVICES = """
            SELECT d.id, d.device_id, d.name, p.name AS property_name
              FROM device d JOIN property p ON p.id = d.property_id
             ORDER BY p.name, d.device_id
            """;
    private static final String STAFF_TAGS = """
            SELECT t.id, t.masked_uid, t.staff_ref, t.status, t.hours, p.name AS property_name
              FROM staff_tag t JOIN property p ON p.id = t.property_id
             ORDER BY p.name, t.staff_ref, t.id
            """;
    private static final String DEVICE_DOORS = "SELECT device_id, door_id FROM device_door ORDER BY door_id";
    private static final String GRANT_DOORS = "SELECT staff_tag_id, door_id FROM staff_grant_door ORDER BY door_id";

    private final Transactor transactor;

    public DoorAccessOverview(Transactor transactor) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
    }

    /** The doors, devices and staff tags as they are now, read in one transaction. */
    public Snapshot now() {
        return transactor.inTransaction(
                connection -> new Snapshot(doors(connection), devices(connection), staffTags(connection)));
    }

    private static List<Door> doors(Connection connection) throws SQLException {
        List<Door> doors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DOORS);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                doors.add(new Door(
                        row.getString("id"),
                        row.getString("name"),
                        row.getString("door_type"),
                        row.getString("property_name")));
            }
        }
        return doors;
    }

    private static List<Device> devices(Connection connection) throws SQLException {
        Map<Long, List<String>> bound = doorsBy(connection, DEVICE_DOORS);
        List<Device> devices = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DEVICES);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long id = row.getLong("id");
                devices.add(new Device(
                        id,
                        row.getString("device_id"),
                        row.getString("name"),
                        row.getString("property_name"),
                        bound.getOrDefault(id, List.of())));
            }
        }
        return devices;
    }

    private static List<StaffTag> staffTags(Connection connection) throws SQLException {
        Map<Long, List<String>> granted = doorsBy(connection, GRANT_DOORS);
        List<StaffTag> tags = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(STAFF_TAGS);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                long id = row.getLong("id");
                tags.add(new StaffTag(
                        id,
                        row.getString("masked_uid"),
                        row.getLong("staff_ref"),
                        row.getString("status"),
                        row.getString("property_name"),
                        row.getString("hours"),
                        granted.getOrDefault(id, List.of())));
            }
        }
        return tags;
    }

    /** Door ids by owner key, from a query of (key, door id) pairs. */
    private static Map<Long, List<String>> doorsBy(Connection connection, String sql) throws SQLException {
        Map<Long, List<String>> doors = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                doors.computeIfAbsent(row.getLong(1), key -> new ArrayList<>()).add(row.getString(2));
            }
        }
        return doors;
    }
}
