package se.bricka.backend.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.SqlStates;

/**
 * The first response to each idempotency key of each device, whatever the request created (a booking,
 * a closure): a key names one request, so reusing it for another is refused.
 */
public final class IdempotencyRepository {

    /** A stored response and the fingerprint of the request that produced it. */
    public record StoredResponse(String fingerprint, int status, String body) {}

    /** Another request with the same key committed first. */
    public static final class KeyTakenException extends RuntimeException {
        KeyTakenException() {
            super("idempotency key taken", null, false, false);
        }
    }

    private static final String FIND = """
            SELECT fingerprint, response_status, response_body FROM idempotency
             WHERE device_id = ? AND idempotency_key = ?
            """;
    private static final String INSERT = """
            INSERT INTO idempotency (device_id, idempotency_key, fingerprint, response_status, response_body, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """;

    /**
     * The stored answer to a retry of the request with {@code fingerprint}, if the key was used.
     *
     * @throws ApiException 422 {@code idempotency-key-reused} if the key was used for another request
     */
    public Optional<Reply> replay(Connection connection, long deviceId, String key, String fingerprint)
            throws SQLException {
        return find(connection, deviceId, key).map(stored -> {
            if (!stored.fingerprint().equals(fingerprint)) {
                throw ApiException.idempotencyKeyReused(key);
            }
            return new Reply(stored.status(), stored.body());
        });
    }

    /**
     * Stores the first answer to the key, in the caller's transaction.
     *
     * @throws KeyTakenException when a concurrent request with the same key stored its answer first
     */
    public void store(Connection connection, long deviceId, String key, String fingerprint, Reply reply, Instant at)
            throws SQLException {
        insert(connection, deviceId, key, new StoredResponse(fingerprint, reply.status(), reply.json()), at);
    }

    private Optional<StoredResponse> find(Connection connection, long deviceId, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setLong(1, deviceId);
            statement.setString(2, key);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredResponse(
                        row.getString("fingerprint"), row.getInt("response_status"), row.getString("response_body")));
            }
        }
    }

    private void insert(Connection connection, long deviceId, String key, StoredResponse response, Instant at)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setLong(1, deviceId);
            statement.setString(2, key);
            statement.setString(3, response.fingerprint());
            statement.setInt(4, response.status());
            statement.setString(5, response.body());
            statement.setObject(6, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new KeyTakenException();
            }
            throw e;
        }
    }
}
