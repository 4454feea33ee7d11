package se.bricka.backend.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;

/** The SQL of check-ins and of releasing bookings nobody used. */
final class ReleaseRepository {

    /** A live booking nobody has checked in on yet. */
    record Unchecked(long bookingId, long apartmentId, Slot slot, Instant bookedAt) {}

    private static final String UNCHECKED = """
            SELECT id, apartment_id, resource_id, slot_date, slot_start, slot_end, created_at FROM booking
             WHERE resource_id = ? AND slot_date BETWEEN ? AND ? AND active = TRUE AND checked_in_at IS NULL
            """;
    private static final String LIVE_OF_APARTMENT = """
            SELECT id, apartment_id, resource_id, slot_date, slot_start, slot_end, created_at FROM booking
             WHERE resource_id = ? AND slot_date BETWEEN ? AND ? AND active = TRUE AND apartment_id = ?
            """;
    private static final String CHECK_IN = """
            UPDATE booking SET checked_in_at = ? WHERE id = ? AND active = TRUE AND checked_in_at IS NULL
            """;
    private static final String USE_COUNTED = """
            UPDATE slot_usage SET used = used + 1
             WHERE resource_id = ? AND slot_date = ? AND slot_start = ? AND slot_end = ?
            """;
    private static final String FIRST_USE = """
            INSERT INTO slot_usage (resource_id, slot_date, slot_start, slot_end, used) VALUES (?, ?, ?, ?, 1)
            """;
    private static final String RELEASE = """
            UPDATE booking SET status = 'RELEASED', active = NULL, released_at = ?
             WHERE id = ? AND active = TRUE AND checked_in_at IS NULL
            """;

    /** Live, unchecked bookings of {@code resourceId} dated {@code from} to {@code to}. */
    List<Unchecked> unchecked(Connection connection, long resourceId, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UNCHECKED)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            return read(statement);
        }
    }

    /** Live bookings of one apartment on {@code resourceId} dated {@code from} to {@code to}. */
    List<Unchecked> liveOfApartment(
            Connection connection, long resourceId, long apartmentId, LocalDate from, LocalDate to)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(LIVE_OF_APARTMENT)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            statement.setLong(4, apartmentId);
            return read(statement);
        }
    }

    /**
     * Records the first check-in on a live booking; later ones change nothing.
     *
     * @return true for the first check-in, false when the booking was checked in on already
     */
    boolean checkIn(Connection connection, long bookingId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CHECK_IN)) {
            statement.setObject(1, utc(at));
            statement.setLong(2, bookingId);
            return statement.executeUpdate() == 1;
        }
    }

    /**
     * Counts one more used booking of {@code slot} in the aggregate the statistics read: a number per
     * object, date and slot, naming no apartment, so it outlives the check-in times the purge clears.
     */
    void countUse(Connection connection, Slot slot) throws SQLException {
        if (slotUsage(connection, USE_COUNTED, slot) == 0) {
            slotUsage(connection, FIRST_USE, slot);
        }
    }

    private static int slotUsage(Connection connection, String sql, Slot slot) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, slot.resourceId());
            statement.setObject(2, slot.date());
            statement.setObject(3, slot.start());
            statement.setObject(4, slot.end());
            return statement.executeUpdate();
        }
    }

    /** Clears the check-in times before {@code oldestKept}; returns how many. */
    int forgetCheckInsBefore(Connection connection, Instant oldestKept) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE booking SET checked_in_at = NULL WHERE checked_in_at < ?")) {
            statement.setObject(1, utc(oldestKept));
            return statement.executeUpdate();
        }
    }

    /** Marks a live, unchecked booking released; false if it was cancelled or checked in meanwhile. */
    boolean release(Connection connection, long bookingId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RELEASE)) {
            statement.setObject(1, utc(at));
            statement.setLong(2, bookingId);
            return statement.executeUpdate() == 1;
        }
    }

    private static List<Unchecked> read(PreparedStatement statement) throws SQLException {
        List<Unchecked> found = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                found.add(new Unchecked(
                        row.getLong("id"),
                        row.getLong("apartment_id"),
                        new Slot(
                                row.getLong("resource_id"),
                                row.getObject("slot_date", LocalDate.class),
                                new SlotTime(
                                        row.getObject("slot_start", LocalTime.class),
                                        row.getObject("slot_end", LocalTime.class))),
                        row.getObject("created_at", OffsetDateTime.class).toInstant()));
            }
        }
        return found;
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
