package se.bricka.backend.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** The SQL of sessions' idle time and of changing one's own password, beside {@link StaffRepository}. */
final class SignInStore {

    /** When the session was last used (its creation if not since), if it exists. */
    Optional<Instant> lastSeen(Connection connection, String idHash) throws SQLException {
        String sql = "SELECT COALESCE(last_seen_at, created_at) FROM staff_session WHERE id_hash = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, idHash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(row.getObject(1, OffsetDateTime.class).toInstant())
                        : Optional.empty();
            }
        }
    }

    void touch(Connection connection, String idHash, Instant at) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?")) {
            statement.setObject(1, StaffRepository.utc(at));
            statement.setString(2, idHash);
            statement.executeUpdate();
        }
    }

    /** Ends every session of the account but the one with {@code keepIdHash}; returns how many. */
    int endOtherSessions(Connection connection, long staffId, String keepIdHash) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM staff_session WHERE staff_id = ? AND id_hash <> ?")) {
            statement.setLong(1, staffId);
            statement.setString(2, keepIdHash);
            return statement.executeUpdate();
        }
    }

    /** Forgets sessions unused since {@code before}. */
    void pruneIdle(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM staff_session WHERE COALESCE(last_seen_at, created_at) < ?")) {
            statement.setObject(1, StaffRepository.utc(before));
            statement.executeUpdate();
        }
    }

    /** The account's password hash, if it has an account with a password (one made by an admin has none yet). */
    Optional<String> passwordHash(Connection connection, long staffId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT password_hash FROM staff_account WHERE id = ?")) {
            statement.setLong(1, staffId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getString(1)) : Optional.empty();
            }
        }
    }

    void setPasswordHash(Connection connection, long staffId, String hash) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE staff_account SET password_hash = ? WHERE id = ?")) {
            statement.setString(1, hash);
            statement.setLong(2, staffId);
            statement.executeUpdate();
        }
    }
}
