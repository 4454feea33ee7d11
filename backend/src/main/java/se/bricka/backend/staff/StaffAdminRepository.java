package se.bricka.backend.staff;

import static se.bricka.backend.staff.StaffRepository.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import se.bricka.core.privacy.StaffRole;

/** The SQL of staff administration: accounts, their properties, sign-in links and sessions. */
final class StaffAdminRepository {

    /** An account as IT administration sees it. */
    record Row(long id, String username, String displayName, StaffRole role, boolean disabled, boolean passwordSet) {}

    private static final String ROWS =
            "SELECT id, username, display_name, staff_role, disabled_at, password_hash" + " FROM staff_account";

    Optional<Row> byUsername(Connection connection, String username) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ROWS + " WHERE username = ? FOR UPDATE")) {
            statement.setString(1, username);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row(row)) : Optional.empty();
            }
        }
    }

    List<Row> all(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ROWS + " ORDER BY username");
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(row(row));
            }
        }
        return rows;
    }

    long activeAdministrators(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM staff_account WHERE staff_role = 'IT_ADMINISTRATION'"
                                + " AND disabled_at IS NULL");
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    long insert(Connection connection, String username, String displayName, StaffRole role) throws SQLException {
        String sql = "INSERT INTO staff_account (username, display_name, staff_role) VALUES (?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setString(1, username);
            statement.setString(2, displayName);
            statement.setString(3, role.name());
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The property with this exact name or id. */
    OptionalLong property(Connection connection, String nameOrId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id FROM property WHERE name = ? OR CAST(id AS VARCHAR(20)) = ?")) {
            statement.setString(1, nameOrId);
            statement.setString(2, nameOrId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    void addProperty(Connection connection, long staffId, long propertyId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO staff_account_property (staff_id, property_id) VALUES (?, ?)")) {
            statement.setLong(1, staffId);
            statement.setLong(2, propertyId);
            statement.executeUpdate();
        }
    }

    /** Each account's property names, by account id. */
    Map<Long, List<String>> properties(Connection connection) throws SQLException {
        Map<Long, List<String>> properties = new LinkedHashMap<>();
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT sp.staff_id, p.name FROM staff_account_property sp"
                                + " JOIN property p ON p.id = sp.property_id ORDER BY p.name");
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                properties
                        .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                        .add(row.getString(2));
            }
        }
        return properties;
    }

    /** Live sessions per account id. */
    Map<Long, Integer> liveSessions(Connection connection, Instant now) throws SQLException {
        Map<Long, Integer> sessions = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT staff_id, COUNT(*) FROM staff_session WHERE expires_at > ? GROUP BY staff_id")) {
            statement.setObject(1, utc(now));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    sessions.put(row.getLong(1), row.getInt(2));
                }
            }
        }
        return sessions;
    }

    List<String> propertyNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM property ORDER BY name");
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                names.add(row.getString(1));
            }
        }
        return names;
    }

    int endSessions(Connection connection, long staffId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM staff_session WHERE staff_id = ?")) {
            statement.setLong(1, staffId);
            return statement.executeUpdate();
        }
    }

    void disable(Connection connection, long staffId, Instant at) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE staff_account SET disabled_at = ? WHERE id = ?")) {
            statement.setObject(1, utc(at));
            statement.setLong(2, staffId);
            statement.executeUpdate();
        }
    }

    /** Whether the account signs in through the OpenID Connect provider (it has an identity there). */
    boolean managedByProvider(Connection connection, long staffId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT COUNT(*) FROM staff_oidc_identity WHERE staff_id = ?")) {
            statement.setLong(1, staffId);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    void setPassword(Connection connection, long staffId, String hash) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE staff_account SET password_hash = ? WHERE id = ?")) {
            statement.setString(1, hash);
            statement.setLong(2, staffId);
            statement.executeUpdate();
        }
    }

    /** Stores a new link for the account; its unused older links stop working. */
    void issueLink(Connection connection, long staffId, String linkHash, Instant at, Instant expires)
            throws SQLException {
        dropOpenLinks(connection, staffId);
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO staff_sign_in_link (staff_id, link_hash, issued_at, expires_at) VALUES (?, ?, ?, ?)")) {
            statement.setLong(1, staffId);
            statement.setString(2, linkHash);
            statement.setObject(3, utc(at));
            statement.setObject(4, utc(expires));
            statement.executeUpdate();
        }
    }

    void dropOpenLinks(Connection connection, long staffId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM staff_sign_in_link WHERE staff_id = ? AND used_at IS NULL")) {
            statement.setLong(1, staffId);
            statement.executeUpdate();
        }
    }

    /** The enabled account an open link (unused, unexpired) belongs to; {@link #useLink} settles a race. */
    Optional<Row> openLink(Connection connection, String linkHash, Instant now) throws SQLException {
        String sql = "SELECT a.id, a.username, a.display_name, a.staff_role, a.disabled_at, a.password_hash"
                + " FROM staff_sign_in_link l JOIN staff_account a ON a.id = l.staff_id"
                + " WHERE l.link_hash = ? AND l.used_at IS NULL AND l.expires_at > ? AND a.disabled_at IS NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, linkHash);
            statement.setObject(2, utc(now));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row(row)) : Optional.empty();
            }
        }
    }

    /** Marks the link used; false when another request used it first. */
    boolean useLink(Connection connection, String linkHash, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE staff_sign_in_link SET used_at = ? WHERE link_hash = ? AND used_at IS NULL")) {
            statement.setObject(1, utc(at));
            statement.setString(2, linkHash);
            return statement.executeUpdate() == 1;
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(
                row.getLong("id"),
                row.getString("username"),
                row.getString("display_name"),
                StaffRole.valueOf(row.getString("staff_role")),
                row.getObject("disabled_at") != null,
                row.getString("password_hash") != null);
    }
}
