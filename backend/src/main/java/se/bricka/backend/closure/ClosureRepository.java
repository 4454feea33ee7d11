package se.bricka.backend.closure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bricka.core.booking.Closure;
import se.bricka.core.wire.ClosureView;

/** The SQL of closures. A re-opened object's closure stays on record with {@code lifted_at} set. */
public final class ClosureRepository {

    private static final String COLUMNS = """
            SELECT c.id, c.resource_id, c.from_at, c.until_at, c.reason, r.property_id
              FROM closure c
              JOIN resource r ON r.id = c.resource_id
            """;
    private static final String OVERLAPPING = COLUMNS + """
             WHERE c.resource_id = ? AND c.lifted_at IS NULL AND c.from_at < ?
               AND (c.until_at IS NULL OR c.until_at > ?)
             ORDER BY c.from_at
            """;
    private static final String FIND = COLUMNS + " WHERE c.id = ? AND c.lifted_at IS NULL";
    private static final String INSERT = """
            INSERT INTO closure (resource_id, from_at, until_at, reason, created_at) VALUES (?, ?, ?, ?, ?)
            """;
    private static final String IN_FORCE = """
            SELECT c.id, c.from_at, c.until_at, c.reason,
                   (SELECT COUNT(*) FROM booking b WHERE b.closure_id = c.id) AS cancelled
              FROM closure c
             WHERE c.resource_id = ? AND c.lifted_at IS NULL AND (c.until_at IS NULL OR c.until_at > ?)
             ORDER BY c.from_at, c.id
            """;
    private static final String LIFT = "UPDATE closure SET lifted_at = ? WHERE id = ? AND lifted_at IS NULL";

    /** Stores {@code closure} and returns its id. */
    long insert(Connection connection, Closure closure, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
            statement.setLong(1, closure.resourceId());
            statement.setObject(2, closure.from());
            statement.setObject(3, closure.until().orElse(null));
            statement.setString(4, closure.reason());
            statement.setObject(5, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The closures in force on {@code resourceId} that overlap the local period {@code [from, to)}. */
    public List<Closure> overlapping(Connection connection, long resourceId, LocalDateTime from, LocalDateTime to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(OVERLAPPING)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, to);
            statement.setObject(3, from);
            return read(statement).stream().map(StoredClosure::closure).toList();
        }
    }

    /** The closures in force on {@code resourceId} that touch any of the days {@code from} to {@code to}. */
    public List<Closure> onDays(Connection connection, long resourceId, LocalDate from, LocalDate to)
            throws SQLException {
        return overlapping(
                connection, resourceId, from.atStartOfDay(), to.plusDays(1).atStartOfDay());
    }

    /** The closures of {@code resourceId} not lifted and not over at local time {@code now}, with their effect. */
    List<ClosureView> inForce(Connection connection, long resourceId, LocalDateTime now) throws SQLException {
        List<ClosureView> views = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(IN_FORCE)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, now);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    views.add(new ClosureView(
                            row.getLong("id"),
                            resourceId,
                            row.getObject("from_at", LocalDateTime.class),
                            row.getObject("until_at", LocalDateTime.class),
                            row.getString("reason"),
                            row.getInt("cancelled")));
                }
            }
        }
        return views;
    }

    /** The closure {@code closureId}, if it is still in force. */
    Optional<StoredClosure> find(Connection connection, long closureId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setLong(1, closureId);
            return read(statement).stream().findFirst();
        }
    }

    /** Ends a closure now; false if it had already been lifted. */
    boolean lift(Connection connection, long closureId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LIFT)) {
            statement.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.setLong(2, closureId);
            return statement.executeUpdate() == 1;
        }
    }

    private static List<StoredClosure> read(PreparedStatement statement) throws SQLException {
        List<StoredClosure> closures = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                closures.add(new StoredClosure(
                        row.getLong("id"),
                        row.getLong("property_id"),
                        new Closure(
                                row.getLong("resource_id"),
                                row.getObject("from_at", LocalDateTime.class),
                                Optional.ofNullable(row.getObject("until_at", LocalDateTime.class)),
                                row.getString("reason"))));
            }
        }
        return closures;
    }
}
