package se.bricka.backend.accesslog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bricka.core.wire.AccessEventUpload;

/**
 * What a device may report access events for: the doors it guards ({@code device_door}), and at each
 * door only apartments of the buildings that door serves ({@code door_building}). Refused events are
 * counted on the device row as its fault, for staff to see.
 */
final class DoorScope {

    private static final String DOORS = "SELECT door_id FROM device_door WHERE device_id = ?";
    private static final String APARTMENT_AT_DOOR = """
            SELECT 1 FROM apartment a
              JOIN door_building db ON db.building_id = a.building_id
             WHERE a.id = ? AND db.door_id = ?
            """;
    private static final String COUNT_FAULT = """
            UPDATE device SET refused_events = refused_events + ?, last_refused_at = ?, last_refused_detail = ?
             WHERE id = ?
            """;
    private static final int MAX_DETAIL = 200;

    /** Asks one device's questions within one transaction; answers are remembered per door and apartment. */
    static final class Check {

        private final Connection connection;
        private final Set<String> doors;
        private final Map<String, Boolean> apartmentAtDoor = new HashMap<>();

        private Check(Connection connection, Set<String> doors) {
            this.connection = connection;
            this.doors = doors;
        }

        /** Why the device may not report {@code event}; empty when it may. */
        Optional<String> problemWith(AccessEventUpload event) throws SQLException {
            if (!doors.contains(event.doorId())) {
                return Optional.of(
                        "event " + event.eventId() + ": door '" + event.doorId() + "' is not guarded by this device");
            }
            if (event.apartmentId() == null) {
                return Optional.empty();
            }
            String key = event.doorId() + "|" + event.apartmentId();
            Boolean served = apartmentAtDoor.get(key);
            if (served == null) {
                served = servedAt(event.apartmentId(), event.doorId());
                apartmentAtDoor.put(key, served);
            }
            return served
                    ? Optional.empty()
                    : Optional.of("event " + event.eventId() + ": apartment " + event.apartmentId()
                            + " is not in a building door '" + event.doorId() + "' serves");
        }

        private boolean servedAt(long apartmentId, String doorId) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(APARTMENT_AT_DOOR)) {
                statement.setLong(1, apartmentId);
                statement.setString(2, doorId);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next();
                }
            }
        }
    }

    /** The check for {@code deviceId}'s events. */
    Check of(Connection connection, long deviceId) throws SQLException {
        Set<String> doors = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(DOORS)) {
            statement.setLong(1, deviceId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    doors.add(row.getString(1));
                }
            }
        }
        return new Check(connection, doors);
    }

    /** Adds {@code refused} events to the device's fault count, with the first one's problem. */
    void countFault(Connection connection, long deviceId, int refused, String firstProblem, Instant at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(COUNT_FAULT)) {
            update.setLong(1, refused);
            update.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setString(
                    3, firstProblem.length() <= MAX_DETAIL ? firstProblem : firstProblem.substring(0, MAX_DETAIL));
            update.setLong(4, deviceId);
            update.executeUpdate();
        }
    }
}
