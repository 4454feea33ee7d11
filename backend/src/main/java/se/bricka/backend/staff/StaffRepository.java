package se.bricka.backend.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import se.bricka.core.privacy.StaffRole;

/** Staff accounts, their sessions and failed sign-ins. */
public final class StaffRepository {

    /** An account with its password hash, as read for a sign-in. */
    record Credentials(StaffAccount account, String passwordHash) {}

    private static final String ACCOUNT_COLUMNS = "a.id, a.username, a.display_name, a.staff_role";

    /**
     * The account that may sign in with a password: a disabled account, or one whose person has not yet
     * set a password through their link, has none, and is treated like an unknown username.
     */
    Optional<Credentials> credentials(Connection connection, String username) throws SQLException {
        String sql = "SELECT " + ACCOUNT_COLUMNS + ", a.password_hash FROM staff_account a WHERE a.username = ?"
                + " AND a.disabled_at IS NULL AND a.password_hash IS NOT NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? Optional.of(new Credentials(account(row), row.getString("password_hash")))
                        : Optional.empty();
            }
        }
    }

    /** Adds an account unless one with that username exists; returns whether it did. */
    boolean insertAccount(Connection connection, String username, String displayName, StaffRole role, String hash)
            throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM staff_account WHERE username = ?")) {
            exists.setString(1, username);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return false;
                }
            }
        }
        String sql =
                "INSERT INTO staff_account (username, display_name, staff_role, password_hash) VALUES (?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            statement.setString(2, displayName);
            statement.setString(3, role.name());
            statement.setString(4, hash);
            statement.executeUpdate();
            return true;
        }
    }

    void insertSession(Connection connection, String idHash, long staffId, String csrf, Instant at, Instant expires)
            throws SQLException {
        String sql = "INSERT INTO staff_session (id_hash, staff_id, csrf_token, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, idHash);
            statement.setLong(2, staffId);
            statement.setString(3, csrf);
            statement.setObject(4, utc(at));
            statement.setObject(5, utc(expires));
            statement.executeUpdate();
        }
    }

    Optional<StaffSession> session(Connection connection, String idHash, Instant now) throws SQLException {
        String sql = "SELECT " + ACCOUNT_COLUMNS + ", s.csrf_token, s.expires_at FROM staff_session s"
                + " JOIN staff_account a ON a.id = s.staff_id WHERE s.id_hash = ? AND s.expires_at > ?"
                + " AND a.disabled_at IS NULL";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, idHash);
            statement.setObject(2, utc(now));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Instant expires =
                        row.getObject("expires_at", OffsetDateTime.class).toInstant();
                return Optional.of(new StaffSession(account(row), row.getString("csrf_token"), expires));
            }
        }
    }

    void deleteSession(Connection connection, String idHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM staff_session WHERE id_hash = ?")) {
            statement.setString(1, idHash);
            statement.executeUpdate();
        }
    }

    void recordFailure(Connection connection, String username, Instant at) throws SQLException {
        String sql = "INSERT INTO staff_sign_in_failure (username, failed_at) VALUES (?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            statement.setObject(2, utc(at));
            statement.executeUpdate();
        }
    }

    /** Failed sign-ins for {@code username} at or after {@code since}, and the earliest of them. */
    FailureWindow failuresSince(Connection connection, String username, Instant since) throws SQLException {
        String sql = "SELECT COUNT(*), MIN(failed_at) FROM staff_sign_in_failure WHERE username = ? AND failed_at >= ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            statement.setObject(2, utc(since));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                OffsetDateTime first = row.getObject(2, OffsetDateTime.class);
                return new FailureWindow(row.getInt(1), first == null ? null : first.toInstant());
            }
        }
    }

    /** Forgets failures before {@code before} and sessions expired by then. */
    void prune(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement failures =
                        connection.prepareStatement("DELETE FROM staff_sign_in_failure WHERE failed_at < ?");
                PreparedStatement sessions =
                        connection.prepareStatement("DELETE FROM staff_session WHERE expires_at < ?")) {
            failures.setObject(1, utc(before));
            failures.executeUpdate();
            sessions.setObject(1, utc(before));
            sessions.executeUpdate();
        }
    }

    /** How many sign-ins failed in the throttling window, and when the first of them was. */
    record FailureWindow(int count, Instant first) {}

    private static StaffAccount account(ResultSet row) throws SQLException {
        return new StaffAccount(
                row.getLong("id"),
                row.getString("username"),
                row.getString("display_name"),
                StaffRole.valueOf(row.getString("staff_role")));
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
