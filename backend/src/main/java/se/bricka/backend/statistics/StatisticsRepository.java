package se.bricka.backend.statistics;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import se.bricka.core.booking.SlotTime;

/**
 * The two queries behind the statistics: every booking of a period, whatever became of it, and how
 * many bookings of each slot were used. The apartment id is read only to count distinct households
 * per cell; it never leaves this package. Uses come from {@code slot_usage}, not from the bookings'
 * check-in times: those are access data the retention purge clears after 14 days, while the
 * statistics look back 8 weeks. {@code slot_usage} holds a count per object, date and slot, counted
 * when a booking is first checked in on; it says how many bookings of a slot were used, not whose.
 */
final class StatisticsRepository {

    private static final String BOOKINGS_BETWEEN = """
            SELECT resource_id, slot_date, slot_start, slot_end, apartment_id, status
              FROM booking
             WHERE slot_date BETWEEN ? AND ?
            """;

    private static final String USES_BETWEEN = """
            SELECT resource_id, slot_date, slot_start, slot_end, used
              FROM slot_usage
             WHERE slot_date BETWEEN ? AND ?
            """;

    private static final String OF_ONE_OBJECT = " AND resource_id = ?";

    /** One booking as the statistics see it. */
    record BookedSlot(long resourceId, LocalDate date, SlotTime time, long apartmentId, String status) {}

    /** How many bookings of one slot on one date were used. */
    record UsedSlot(long resourceId, LocalDate date, SlotTime time, int used) {}

    /** Every booking with a slot from {@code from} to {@code to} (both included), of one object or all. */
    List<BookedSlot> bookings(Connection connection, LocalDate from, LocalDate to, OptionalLong resourceId)
            throws SQLException {
        String sql = resourceId.isPresent() ? BOOKINGS_BETWEEN + OF_ONE_OBJECT : BOOKINGS_BETWEEN;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            if (resourceId.isPresent()) {
                statement.setLong(3, resourceId.getAsLong());
            }
            List<BookedSlot> bookings = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    bookings.add(new BookedSlot(
                            row.getLong("resource_id"),
                            row.getDate("slot_date").toLocalDate(),
                            new SlotTime(
                                    row.getTime("slot_start").toLocalTime(),
                                    row.getTime("slot_end").toLocalTime()),
                            row.getLong("apartment_id"),
                            row.getString("status")));
                }
            }
            return bookings;
        }
    }

    /** The used bookings of each slot from {@code from} to {@code to} (both included), of one object or all. */
    List<UsedSlot> uses(Connection connection, LocalDate from, LocalDate to, OptionalLong resourceId)
            throws SQLException {
        String sql = resourceId.isPresent() ? USES_BETWEEN + OF_ONE_OBJECT : USES_BETWEEN;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setDate(1, Date.valueOf(from));
            statement.setDate(2, Date.valueOf(to));
            if (resourceId.isPresent()) {
                statement.setLong(3, resourceId.getAsLong());
            }
            List<UsedSlot> uses = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    uses.add(new UsedSlot(
                            row.getLong("resource_id"),
                            row.getDate("slot_date").toLocalDate(),
                            new SlotTime(
                                    row.getTime("slot_start").toLocalTime(),
                                    row.getTime("slot_end").toLocalTime()),
                            row.getInt("used")));
                }
            }
            return uses;
        }
    }
}
