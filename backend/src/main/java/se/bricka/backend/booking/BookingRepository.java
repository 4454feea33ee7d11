package se.bricka.backend.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.bricka.backend.persistence.SqlStates;
import se.bricka.backend.resource.QuotaGroupColumns;
import se.bricka.backend.resource.Resource;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;

/** The SQL of bookings. Live bookings have {@code active = TRUE}; cancelled rows stay with NULL. */
final class BookingRepository {

    private static final String HOLDER = """
            SELECT apartment_id FROM booking
             WHERE resource_id = ? AND slot_date = ? AND slot_start = ? AND active = TRUE
            """;
    private static final String INSERT = """
            INSERT INTO booking (resource_id, slot_date, slot_start, slot_end, apartment_id, status, active, created_at)
            VALUES (?, ?, ?, ?, ?, 'ACTIVE', TRUE, ?)
            """;
    private static final String ACTIVE_BETWEEN = """
            SELECT id, slot_date, slot_start, apartment_id FROM booking
             WHERE resource_id = ? AND slot_date BETWEEN ? AND ? AND active = TRUE
            """;
    private static final String FIND = """
            SELECT b.id, b.resource_id, b.slot_date, b.slot_start, b.slot_end, b.apartment_id, b.active,
                   r.property_id, r.name, p.time_zone, g.cancel_hours_before
              FROM booking b
              JOIN resource r ON r.id = b.resource_id
              JOIN property p ON p.id = r.property_id
              LEFT JOIN quota_group g ON g.id = r.quota_group_id
             WHERE b.id = ?
            """;
    private static final String LOCK_APARTMENT = "SELECT id FROM apartment WHERE id = ? FOR UPDATE";
    private static final String HELD_IN_GROUP = """
            SELECT b.resource_id, b.slot_date, b.slot_start, b.slot_end FROM booking b
              JOIN resource r ON r.id = b.resource_id
             WHERE b.apartment_id = ? AND b.active = TRUE AND r.quota_group_id = ? AND b.slot_date >= ?
            """;
    private static final String HELD_IN_RESOURCE = """
            SELECT resource_id, slot_date, slot_start, slot_end FROM booking
             WHERE apartment_id = ? AND active = TRUE AND resource_id = ? AND slot_date >= ?
            """;
    private static final String RELEASED_BETWEEN = """
            SELECT DISTINCT slot_date, slot_start FROM booking
             WHERE resource_id = ? AND slot_date BETWEEN ? AND ? AND status = 'RELEASED'
            """;
    private static final String CANCEL = """
            UPDATE booking SET status = 'CANCELLED', active = NULL, cancelled_at = ?
             WHERE id = ? AND active = TRUE
            """;

    Optional<Long> activeHolder(Connection connection, long resourceId, LocalDate date, LocalTime start)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, date);
            statement.setObject(3, start);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Inserts a live booking. The unique constraint on (resource, date, start, active) is what makes
     * this race-proof; a check before it only gives the common case a friendlier path.
     *
     * @throws SlotTakenException when another live booking holds the slot
     */
    long insertActive(Connection connection, Slot slot, long apartmentId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
            statement.setLong(1, slot.resourceId());
            statement.setObject(2, slot.date());
            statement.setObject(3, slot.start());
            statement.setObject(4, slot.end());
            statement.setLong(5, apartmentId);
            statement.setObject(6, utc(at));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                throw new SlotTakenException();
            }
            throw e;
        }
    }

    List<Holding> activeBetween(Connection connection, long resourceId, LocalDate from, LocalDate to)
            throws SQLException {
        List<Holding> holdings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(ACTIVE_BETWEEN)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    holdings.add(new Holding(
                            row.getObject("slot_date", LocalDate.class),
                            row.getObject("slot_start", LocalTime.class),
                            row.getLong("id"),
                            row.getLong("apartment_id")));
                }
            }
        }
        return holdings;
    }

    Optional<BookingRow> find(Connection connection, long bookingId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(FIND)) {
            statement.setLong(1, bookingId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Slot slot = new Slot(
                        row.getLong("resource_id"),
                        row.getObject("slot_date", LocalDate.class),
                        new SlotTime(
                                row.getObject("slot_start", LocalTime.class),
                                row.getObject("slot_end", LocalTime.class)));
                return Optional.of(new BookingRow(
                        row.getLong("id"),
                        slot,
                        row.getLong("apartment_id"),
                        row.getLong("property_id"),
                        row.getString("name"),
                        ZoneId.of(row.getString("time_zone")),
                        row.getBoolean("active"),
                        QuotaGroupColumns.cancel(row)));
            }
        }
    }

    /** Cancels a live booking; false if it was no longer live (a concurrent cancel won). */
    boolean cancel(Connection connection, long bookingId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CANCEL)) {
            statement.setObject(1, utc(at));
            statement.setLong(2, bookingId);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Locks the apartment's row until commit, so that two bookings of one household cannot both count
     * its bookings before either has inserted: the quota check is then as race-proof as the slot.
     */
    void lockApartment(Connection connection, long apartmentId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LOCK_APARTMENT)) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("apartment " + apartmentId + " vanished");
                }
            }
        }
    }

    /**
     * The apartment's live bookings dated {@code since} or later in the quota group of {@code resource}
     * (in {@code resource} alone when it has no group).
     */
    List<Slot> heldInQuotaScope(Connection connection, long apartmentId, Resource resource, LocalDate since)
            throws SQLException {
        boolean grouped = resource.quotaGroupId().isPresent();
        try (PreparedStatement statement = connection.prepareStatement(grouped ? HELD_IN_GROUP : HELD_IN_RESOURCE)) {
            statement.setLong(1, apartmentId);
            statement.setLong(2, grouped ? resource.quotaGroupId().get() : resource.id());
            statement.setObject(3, since);
            List<Slot> held = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    held.add(new Slot(
                            row.getLong("resource_id"),
                            row.getObject("slot_date", LocalDate.class),
                            new SlotTime(
                                    row.getObject("slot_start", LocalTime.class),
                                    row.getObject("slot_end", LocalTime.class))));
                }
            }
            return held;
        }
    }

    /** The slots between two dates whose booking was released for lack of check-in. */
    Set<Slot> releasedBetween(Connection connection, Resource resource, LocalDate from, LocalDate to)
            throws SQLException {
        Set<Slot> released = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(RELEASED_BETWEEN)) {
            statement.setLong(1, resource.id());
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    resource.template()
                            .find(
                                    resource.id(),
                                    row.getObject("slot_date", LocalDate.class),
                                    row.getObject("slot_start", LocalTime.class))
                            .ifPresent(released::add);
                }
            }
        }
        return released;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
