package se.bricka.backend.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import se.bricka.core.wire.ApartmentBooking;

/** Reads one apartment's bookings of every object, for its own list and its calendar feed. */
public final class ApartmentBookingRepository {

    /** A booking with the zone its local times are in. */
    public record Entry(ApartmentBooking booking, ZoneId zone) {}

    /** An apartment holds a handful of bookings a month; this only bounds a response. */
    public static final int MAX_ROWS = 500;

    private static final String LIST = """
            SELECT b.id, b.resource_id, r.name, b.slot_date, b.slot_start, b.slot_end, b.status, b.checked_in_at,
                   p.time_zone
              FROM booking b
              JOIN resource r ON r.id = b.resource_id
              JOIN property p ON p.id = r.property_id
             WHERE b.apartment_id = ? AND b.slot_date >= ?
             ORDER BY b.slot_date, b.slot_start, b.id
             FETCH FIRST %d ROWS ONLY
            """.formatted(MAX_ROWS);

    /** The apartment's bookings (any status) dated {@code from} or later, in slot order. */
    public List<Entry> list(Connection connection, long apartmentId, LocalDate from) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LIST)) {
            statement.setLong(1, apartmentId);
            statement.setObject(2, from);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    entries.add(new Entry(
                            new ApartmentBooking(
                                    row.getLong("id"),
                                    row.getLong("resource_id"),
                                    row.getString("name"),
                                    row.getObject("slot_date", LocalDate.class),
                                    row.getObject("slot_start", LocalTime.class),
                                    row.getObject("slot_end", LocalTime.class),
                                    row.getString("status"),
                                    row.getObject("checked_in_at") != null),
                            ZoneId.of(row.getString("time_zone"))));
                }
            }
        }
        return entries;
    }
}
