package se.bricka.backend.devicehealth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each device's last status report, and the devices page's reading of them. */
final class DeviceStatusRepository {

    /** One stored report; {@code readers} and {@code doors} as JSON text. */
    record Stored(
            Instant reportedAt,
            String kind,
            String softwareVersion,
            long snapshotVersion,
            int uploadBacklog,
            String readers,
            String doors) {}

    /**
     * One device as the page lists it. {@code behindSince} is when the oldest change its snapshot lacks
     * was made, empty when it holds the newest (or never reported).
     */
    record Listed(
            String deviceId,
            String name,
            String propertyName,
            List<String> doors,
            Optional<Stored> status,
            Optional<Instant> behindSince,
            long changesBehind) {}

    private static final String DOORS_OF = "SELECT door_id FROM device_door WHERE device_id = ?";
    private static final String UPDATE = """
            UPDATE device_status
               SET reported_at = ?, kind = ?, software_version = ?, snapshot_version = ?, upload_backlog = ?,
                   readers = ?, doors = ?
             WHERE device_id = ?
            """;
    private static final String INSERT = """
            INSERT INTO device_status
                   (reported_at, kind, software_version, snapshot_version, upload_backlog, readers, doors, device_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String LIST = """
            SELECT d.id, d.device_id, d.name, p.name AS property_name,
                   s.reported_at, s.kind, s.software_version, s.snapshot_version, s.upload_backlog, s.readers, s.doors,
                   (SELECT MIN(c.changed_at) FROM change_log c WHERE c.version > s.snapshot_version) AS behind_since,
                   (SELECT COUNT(*) FROM change_log c WHERE c.version > s.snapshot_version) AS changes_behind
              FROM device d
              JOIN property p ON p.id = d.property_id
              LEFT JOIN device_status s ON s.device_id = d.id
             ORDER BY p.name, d.device_id
            """;
    private static final String ALL_DOORS = "SELECT device_id, door_id FROM device_door ORDER BY door_id";

    /** The doors device {@code deviceRowId} guards. */
    List<String> doorsOf(Connection connection, long deviceRowId) throws SQLException {
        List<String> doors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DOORS_OF)) {
            statement.setLong(1, deviceRowId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    doors.add(row.getString(1));
                }
            }
        }
        return doors;
    }

    /** Replaces the device's last report with {@code report}. */
    void save(Connection connection, long deviceRowId, Stored report) throws SQLException {
        if (write(connection, UPDATE, deviceRowId, report) == 0) {
            write(connection, INSERT, deviceRowId, report);
        }
    }

    private static int write(Connection connection, String sql, long deviceRowId, Stored report) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, OffsetDateTime.ofInstant(report.reportedAt(), ZoneOffset.UTC));
            statement.setString(2, report.kind());
            statement.setString(3, report.softwareVersion());
            statement.setLong(4, report.snapshotVersion());
            statement.setInt(5, report.uploadBacklog());
            statement.setString(6, report.readers());
            statement.setString(7, report.doors());
            statement.setLong(8, deviceRowId);
            return statement.executeUpdate();
        }
    }

    /** Every device, with its doors and last report. */
    List<Listed> list(Connection connection) throws SQLException {
        Map<Long, List<String>> doors = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(ALL_DOORS);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                doors.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(row.getString(2));
            }
        }
        List<Listed> devices = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LIST);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                OffsetDateTime reported = row.getObject("reported_at", OffsetDateTime.class);
                Optional<Stored> status = reported == null
                        ? Optional.empty()
                        : Optional.of(new Stored(
                                reported.toInstant(),
                                row.getString("kind"),
                                row.getString("software_version"),
                                row.getLong("snapshot_version"),
                                row.getInt("upload_backlog"),
                                row.getString("readers"),
                                row.getString("doors")));
                OffsetDateTime behind = row.getObject("behind_since", OffsetDateTime.class);
                devices.add(new Listed(
                        row.getString("device_id"),
                        row.getString("name"),
                        row.getString("property_name"),
                        List.copyOf(doors.getOrDefault(row.getLong("id"), List.of())),
                        status,
                        Optional.ofNullable(behind).map(OffsetDateTime::toInstant),
                        row.getLong("changes_behind")));
            }
        }
        return devices;
    }
}
