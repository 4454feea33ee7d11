package se.bricka.backend.household;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Finds the household behind a tag hash. */
final class HouseholdRepository {

    private static final String BY_TAG_HASH = """
            SELECT a.id, a.label, b.property_id, t.status
              FROM tag t
              JOIN apartment a ON a.id = t.apartment_id
              JOIN building b ON b.id = a.building_id
             WHERE t.uid_hash = ?
            """;

    Optional<TagHolder> findByTagHash(Connection connection, String tagHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_TAG_HASH)) {
            statement.setString(1, tagHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TagHolder(
                        row.getLong("id"),
                        row.getString("label"),
                        row.getLong("property_id"),
                        "BLOCKED".equals(row.getString("status"))));
            }
        }
    }
}
