package se.bricka.backend.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.web.Text;

/** Checks that door ids named in a change exist and belong to the right property. */
final class DoorChecks {

    private DoorChecks() {}

    /** A 400 naming the first of {@code doorIds} that is not a door of property {@code propertyId}. */
    static void requireDoorsOf(Connection connection, long propertyId, Set<String> doorIds) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("SELECT property_id FROM door WHERE id = ?")) {
            for (String door : new TreeSet<>(doorIds)) {
                find.setString(1, door);
                try (ResultSet row = find.executeQuery()) {
                    if (!row.next() || row.getLong(1) != propertyId) {
                        throw ApiException.badRequest(Text.of("problem.notADoor", door));
                    }
                }
            }
        }
    }
}
