package se.bricka.backend.device;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;

/** Reads enrolled devices. */
public final class DeviceRepository {

    private static final String BY_TOKEN_HASH = """
            SELECT d.id, d.device_id, d.name, d.kind, d.shows_name_board, p.id AS property_id, p.name AS property_name,
                   p.time_zone
              FROM device d
              JOIN property p ON p.id = d.property_id
             WHERE d.token_hash = ? AND d.retired_at IS NULL
            """;

    /** The device in service whose token hashes to {@code tokenHash}; a retired device has none. */
    public Optional<Device> findByTokenHash(Connection connection, String tokenHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_TOKEN_HASH)) {
            statement.setString(1, tokenHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Device(
                        row.getLong("id"),
                        row.getString("device_id"),
                        row.getString("name"),
                        row.getLong("property_id"),
                        row.getString("property_name"),
                        ZoneId.of(row.getString("time_zone")),
                        DeviceKind.ofCode(row.getString("kind")),
                        row.getBoolean("shows_name_board")));
            }
        }
    }
}
