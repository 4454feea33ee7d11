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
 * The one query behind the statistics: every booking of a period, whatever became of it. The
 * apartment id is read only to count distinct households per cell; it never leaves this package.
 */
final class StatisticsRepository {

    private static final String BOOKINGS_BETWEEN = """
            SELECT resource_id, slot_date, slot_start, slot_end, apartment_id, status,
                   CASE WHEN checked_in_at IS NULL THEN 0 ELSE 1 END AS used
              FROM booking
             WHERE slot_date BETWEEN ? AND ?
            """;

    private static final String OF_ONE_OBJECT = " AND resource_id = ?";

    /** One booking as the statistics see it. */
    record BookedSlot(
            long resourceId, LocalDate date, SlotTime time, long apartmentId, String status, boolean checkedIn) {}

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
                            row.getString("status"),
                            row.getInt("used") == 1));
                }
            }
            return bookings;
        }
    }
}
