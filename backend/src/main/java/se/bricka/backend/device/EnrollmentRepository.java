package se.bricka.backend.device;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of device enrollment: codes, their use, and the device rows they change. */
final class EnrollmentRepository {

    /** A device as staff see it in the list. */
    record Listed(
            long id,
            String deviceId,
            String name,
            String propertyName,
            DeviceKind kind,
            long refusedEvents,
            Instant lastRefusedAt,
            String lastRefusedDetail) {}

    private static final String LIST = """
            SELECT d.id, d.device_id, d.name, p.name AS property_name, d.kind, d.refused_events,
                   d.last_refused_at, d.last_refused_detail
              FROM device d
              JOIN property p ON p.id = d.property_id
             ORDER BY p.name, d.device_id
            """;
    private static final String BY_DEVICE_ID = "SELECT id, retired_at FROM device WHERE device_id = ?";
    private static final String RETIRED = "SELECT COUNT(*) FROM device WHERE id = ? AND retired_at IS NOT NULL";
    private static final String DROP_OPEN_CODES =
            "DELETE FROM device_enrollment WHERE device_id = ? AND redeemed_at IS NULL";
    private static final String INSERT_CODE = """
            INSERT INTO device_enrollment (device_id, code_hash, issued_by, issued_at, expires_at)
            VALUES (?, ?, ?, ?, ?)
            """;
    private static final String OPEN_CODE = """
            SELECT id, device_id FROM device_enrollment
             WHERE code_hash = ? AND redeemed_at IS NULL AND expires_at > ?
               FOR UPDATE
            """;
    private static final String REDEEM =
            "UPDATE device_enrollment SET redeemed_at = ? WHERE id = ? AND redeemed_at IS NULL";
    private static final String NEW_TOKEN = "UPDATE device SET token_hash = ? WHERE id = ?";
    private static final String DOORS = "SELECT door_id FROM device_door WHERE device_id = ? ORDER BY door_id";

    List<Listed> list(Connection connection) throws SQLException {
        List<Listed> devices = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LIST);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                OffsetDateTime lastRefused = row.getObject("last_refused_at", OffsetDateTime.class);
                devices.add(new Listed(
                        row.getLong("id"),
                        row.getString("device_id"),
                        row.getString("name"),
                        row.getString("property_name"),
                        DeviceKind.ofCode(row.getString("kind")),
                        row.getLong("refused_events"),
                        lastRefused == null ? null : lastRefused.toInstant(),
                        row.getString("last_refused_detail")));
            }
        }
        return devices;
    }

    /** A device row by its id: its key and whether an estate import retired it. */
    record Row(long key, boolean retired) {}

    Optional<Row> device(Connection connection, String deviceId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_DEVICE_ID)) {
            statement.setString(1, deviceId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new Row(row.getLong("id"), row.getObject("retired_at") != null))
                        : Optional.empty();
            }
        }
    }

    private static boolean retired(Connection connection, long device) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RETIRED)) {
            statement.setLong(1, device);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    /** Stores a new code for the device; its earlier unused codes stop working. */
    void issue(Connection connection, long device, String codeHash, String issuedBy, Instant at, Instant expires)
            throws SQLException {
        try (PreparedStatement drop = connection.prepareStatement(DROP_OPEN_CODES)) {
            drop.setLong(1, device);
            drop.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CODE)) {
            insert.setLong(1, device);
            insert.setString(2, codeHash);
            insert.setString(3, issuedBy);
            insert.setObject(4, utc(at));
            insert.setObject(5, utc(expires));
            insert.executeUpdate();
        }
    }

    /**
     * Marks the open code {@code codeHash} used and gives its device the token {@code tokenHash}; the
     * device's key, or empty when no open code has that hash or its device is retired.
     */
    Optional<Long> redeem(Connection connection, String codeHash, String tokenHash, Instant at) throws SQLException {
        long enrollment;
        long device;
        try (PreparedStatement select = connection.prepareStatement(OPEN_CODE)) {
            select.setString(1, codeHash);
            select.setObject(2, utc(at));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                enrollment = row.getLong("id");
                device = row.getLong("device_id");
            }
        }
        if (retired(connection, device)) {
            return Optional.empty();
        }
        try (PreparedStatement redeem = connection.prepareStatement(REDEEM)) {
            redeem.setObject(1, utc(at));
            redeem.setLong(2, enrollment);
            if (redeem.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement token = connection.prepareStatement(NEW_TOKEN)) {
            token.setString(1, tokenHash);
            token.setLong(2, device);
            token.executeUpdate();
        }
        return Optional.of(device);
    }

    List<String> doors(Connection connection, long device) throws SQLException {
        List<String> doors = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DOORS)) {
            statement.setLong(1, device);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    doors.add(row.getString(1));
                }
            }
        }
        return doors;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
