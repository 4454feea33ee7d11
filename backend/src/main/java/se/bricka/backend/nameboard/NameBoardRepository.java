package se.bricka.backend.nameboard;

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

/**
 * The name-board table. Its queries touch {@code name_board_entry} and {@code apartment} only: never
 * tags, bookings or access events.
 */
public final class NameBoardRepository {

    private static final String SELECT = """
            SELECT a.id, a.label, n.names, n.updated_at
              FROM apartment a LEFT JOIN name_board_entry n ON n.apartment_id = a.id
            """;

    /** The apartment's label and entry (names {@code null} when it has none), if the apartment exists. */
    Optional<NameBoardEntry> find(Connection connection, long apartmentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SELECT + " WHERE a.id = ?")) {
            statement.setLong(1, apartmentId);
            List<NameBoardEntry> entries = read(statement);
            return entries.stream().findFirst();
        }
    }

    /** Every entry of the property's buildings, by apartment label. */
    List<NameBoardEntry> ofProperty(Connection connection, long propertyId) throws SQLException {
        String sql = SELECT + " JOIN building b ON b.id = a.building_id WHERE b.property_id = ? AND n.names IS NOT NULL"
                + " ORDER BY a.label";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, propertyId);
            return read(statement);
        }
    }

    void save(Connection connection, long apartmentId, String names, Instant at) throws SQLException {
        delete(connection, apartmentId);
        String sql = "INSERT INTO name_board_entry (apartment_id, names, updated_at) VALUES (?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            statement.setString(2, names);
            statement.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.executeUpdate();
        }
    }

    void delete(Connection connection, long apartmentId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM name_board_entry WHERE apartment_id = ?")) {
            statement.setLong(1, apartmentId);
            statement.executeUpdate();
        }
    }

    private static List<NameBoardEntry> read(PreparedStatement statement) throws SQLException {
        List<NameBoardEntry> entries = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                OffsetDateTime updated = row.getObject("updated_at", OffsetDateTime.class);
                entries.add(new NameBoardEntry(
                        row.getLong("id"),
                        row.getString("label"),
                        row.getString("names"),
                        updated == null ? null : updated.toInstant()));
            }
        }
        return entries;
    }
}
