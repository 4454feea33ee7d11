package se.bricka.backend.closure;

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

/** The SQL of bookings a closure cancels: the row keeps which closure cancelled it. */
final class AffectedBookings {

    /** A live booking that may lie in a closure. */
    record Live(long bookingId, Slot slot) {}

    /** A live booking with the label of the apartment that made it: what a closure preview names. */
    record Labelled(String apartment, Slot slot) {}

    private static final String LIVE_LABELLED_BETWEEN = """
            SELECT a.label, b.resource_id, b.slot_date, b.slot_start, b.slot_end FROM booking b
              JOIN apartment a ON a.id = b.apartment_id
             WHERE b.resource_id = ? AND b.slot_date BETWEEN ? AND ? AND b.active = TRUE
             ORDER BY b.slot_date, b.slot_start
            """;

    private static final String LIVE_BETWEEN = """
            SELECT id, resource_id, slot_date, slot_start, slot_end FROM booking
             WHERE resource_id = ? AND slot_date BETWEEN ? AND ? AND active = TRUE
            """;
    private static final String CANCEL = """
            UPDATE booking SET status = 'CANCELLED', active = NULL, cancelled_at = ?, closure_id = ?
             WHERE id = ? AND active = TRUE
            """;

    private static final String CANCELLED_BY = """
            SELECT a.label, b.slot_date, b.slot_start, b.slot_end FROM booking b
              JOIN apartment a ON a.id = b.apartment_id
             WHERE b.closure_id = ? ORDER BY b.slot_date, b.slot_start, a.label
            """;

    List<AffectedBooking> cancelledBy(Connection connection, long closureId) throws SQLException {
        List<AffectedBooking> cancelled = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CANCELLED_BY)) {
            statement.setLong(1, closureId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    cancelled.add(new AffectedBooking(
                            row.getString("label"),
                            row.getObject("slot_date", LocalDate.class),
                            row.getObject("slot_start", LocalTime.class),
                            row.getObject("slot_end", LocalTime.class)));
                }
            }
        }
        return cancelled;
    }

    List<Live> liveBetween(Connection connection, long resourceId, LocalDate from, LocalDate to) throws SQLException {
        List<Live> live = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LIVE_BETWEEN)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    live.add(new Live(
                            row.getLong("id"),
                            new Slot(
                                    row.getLong("resource_id"),
                                    row.getObject("slot_date", LocalDate.class),
                                    new SlotTime(
                                            row.getObject("slot_start", LocalTime.class),
                                            row.getObject("slot_end", LocalTime.class)))));
                }
            }
        }
        return live;
    }

    List<Labelled> liveLabelledBetween(Connection connection, long resourceId, LocalDate from, LocalDate to)
            throws SQLException {
        List<Labelled> live = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LIVE_LABELLED_BETWEEN)) {
            statement.setLong(1, resourceId);
            statement.setObject(2, from);
            statement.setObject(3, to);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    live.add(new Labelled(row.getString("label"), slotOf(row)));
                }
            }
        }
        return live;
    }

    private static Slot slotOf(ResultSet row) throws SQLException {
        return new Slot(
                row.getLong("resource_id"),
                row.getObject("slot_date", LocalDate.class),
                new SlotTime(row.getObject("slot_start", LocalTime.class), row.getObject("slot_end", LocalTime.class)));
    }

    boolean cancel(Connection connection, long bookingId, long closureId, Instant at) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CANCEL)) {
            statement.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.setLong(2, closureId);
            statement.setLong(3, bookingId);
            return statement.executeUpdate() == 1;
        }
    }
}
