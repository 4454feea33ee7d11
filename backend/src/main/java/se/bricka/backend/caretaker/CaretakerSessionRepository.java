package se.bricka.backend.caretaker;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import se.bricka.core.caretaker.PinHasher.PinHash;

/** The SQL of the backend's own caretaker check: staff tags, PIN lock-outs and sessions. */
final class CaretakerSessionRepository {

    /** A caretaker with a PIN who holds the staff tag tapped, locked for the check. */
    record Candidate(
            long caretakerId,
            String name,
            long staffTagId,
            long staffRef,
            PinHash pin,
            int failures,
            Instant lockedUntil) {

        VerifiedCaretaker verified() {
            return new VerifiedCaretaker(caretakerId, name, staffTagId, staffRef);
        }
    }

    private static final String CANDIDATE = """
            SELECT c.id, c.name, s.id AS staff_tag_id, s.staff_ref
              FROM staff_tag s
              JOIN caretaker c ON c.property_id = s.property_id AND c.staff_ref = s.staff_ref
             WHERE s.property_id = ? AND s.uid_hash = ? AND s.status = 'ACTIVE' AND c.pin_hash IS NOT NULL
             ORDER BY c.id
            """;
    private static final String LOCK = """
            SELECT pin_salt, pin_hash, pin_iterations, pin_failures, pin_locked_until
              FROM caretaker WHERE id = ? FOR UPDATE
            """;
    private static final String FAILURES = "UPDATE caretaker SET pin_failures = ?, pin_locked_until = ? WHERE id = ?";
    private static final String INSERT_SESSION = """
            INSERT INTO caretaker_session (token_hash, device_id, caretaker_id, staff_tag_id, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """;
    private static final String SESSION = """
            SELECT c.id, c.name, s.staff_tag_id, t.staff_ref
              FROM caretaker_session s
              JOIN caretaker c ON c.id = s.caretaker_id
              JOIN staff_tag t ON t.id = s.staff_tag_id
             WHERE s.token_hash = ? AND s.device_id = ? AND s.expires_at > ?
               AND c.pin_hash IS NOT NULL AND t.status = 'ACTIVE'
            """;
    private static final String END = "DELETE FROM caretaker_session WHERE token_hash = ? AND device_id = ?";
    private static final String END_ALL = "DELETE FROM caretaker_session WHERE caretaker_id = ?";
    private static final String PURGE = "DELETE FROM caretaker_session WHERE expires_at <= ?";

    /**
     * The caretaker the staff tag {@code tagHash} of the property belongs to, with their PIN and
     * failure count read under a row lock: concurrent checks of one caretaker count every failure.
     */
    Optional<Candidate> candidate(Connection connection, long propertyId, String tagHash) throws SQLException {
        long caretakerId;
        String name;
        long staffTagId;
        long staffRef;
        try (PreparedStatement statement = connection.prepareStatement(CANDIDATE)) {
            statement.setLong(1, propertyId);
            statement.setString(2, tagHash);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                caretakerId = row.getLong("id");
                name = row.getString("name");
                staffTagId = row.getLong("staff_tag_id");
                staffRef = row.getLong("staff_ref");
            }
        }
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setLong(1, caretakerId);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next() || row.getString("pin_hash") == null) {
                    return Optional.empty();
                }
                OffsetDateTime locked = row.getObject("pin_locked_until", OffsetDateTime.class);
                return Optional.of(new Candidate(
                        caretakerId,
                        name,
                        staffTagId,
                        staffRef,
                        new PinHash(row.getString("pin_salt"), row.getString("pin_hash"), row.getInt("pin_iterations")),
                        row.getInt("pin_failures"),
                        locked == null ? null : locked.toInstant()));
            }
        }
    }

    void setFailures(Connection connection, long caretakerId, int failures, Instant lockedUntil) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(FAILURES)) {
            update.setInt(1, failures);
            update.setObject(2, lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC));
            update.setLong(3, caretakerId);
            update.executeUpdate();
        }
    }

    void insertSession(
            Connection connection, String tokenHash, long deviceId, Candidate who, Instant at, Instant expires)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_SESSION)) {
            insert.setString(1, tokenHash);
            insert.setLong(2, deviceId);
            insert.setLong(3, who.caretakerId());
            insert.setLong(4, who.staffTagId());
            insert.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            insert.setObject(6, OffsetDateTime.ofInstant(expires, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** The caretaker of a live session of the device; none for an expired one, another device's, or a revoked PIN or blocked tag. */
    Optional<VerifiedCaretaker> session(Connection connection, String tokenHash, long deviceId, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SESSION)) {
            statement.setString(1, tokenHash);
            statement.setLong(2, deviceId);
            statement.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new VerifiedCaretaker(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getLong("staff_tag_id"),
                        row.getLong("staff_ref")));
            }
        }
    }

    void end(Connection connection, String tokenHash, long deviceId) throws SQLException {
        update(connection, END, tokenHash, deviceId);
    }

    void endAllOf(Connection connection, long caretakerId) throws SQLException {
        update(connection, END_ALL, caretakerId);
    }

    void purgeExpired(Connection connection, Instant now) throws SQLException {
        update(connection, PURGE, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
