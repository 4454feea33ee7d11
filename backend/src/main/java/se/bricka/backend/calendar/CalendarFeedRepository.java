package se.bricka.backend.calendar;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Feed tokens, stored only as their SHA-256: one per apartment. */
final class CalendarFeedRepository {

    /** The apartment a feed belongs to, with its label. */
    record Owner(long apartmentId, String apartmentLabel) {}

    private static final String DELETE = "DELETE FROM calendar_feed WHERE apartment_id = ?";
    private static final String INSERT =
            "INSERT INTO calendar_feed (apartment_id, token_hash, created_at) VALUES (?, ?, ?)";
    private static final String OWNER = """
            SELECT a.id, a.label FROM calendar_feed f JOIN apartment a ON a.id = f.apartment_id
             WHERE f.token_hash = ?
            """;

    /** Replaces the apartment's feed token with {@code tokenHash}. */
    void replace(Connection connection, long apartmentId, String tokenHash, Instant at) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setLong(1, apartmentId);
            delete.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setLong(1, apartmentId);
            insert.setString(2, tokenHash);
            insert.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    Optional<Owner> owner(Connection connection, String tokenHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OWNER)) {
            statement.setString(1, tokenHash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new Owner(row.getLong(1), row.getString(2))) : Optional.empty();
            }
        }
    }
}
