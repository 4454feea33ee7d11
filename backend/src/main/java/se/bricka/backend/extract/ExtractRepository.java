package se.bricka.backend.extract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.extract.RegisterExtract.BookingPart;
import se.bricka.backend.extract.RegisterExtract.TagActionPart;

/** The extract's own queries: the apartment's bookings and tag actions. */
public final class ExtractRepository {

    List<BookingPart> bookings(Connection connection, long apartmentId) throws SQLException {
        String sql = "SELECT r.name, b.slot_date, b.slot_start, b.slot_end, b.status, b.created_at, b.cancelled_at"
                + " FROM booking b JOIN resource r ON r.id = b.resource_id WHERE b.apartment_id = ?"
                + " ORDER BY b.slot_date, b.slot_start";
        List<BookingPart> bookings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    bookings.add(new BookingPart(
                            row.getString(1),
                            row.getObject(2, LocalDate.class),
                            row.getObject(3, LocalTime.class),
                            row.getObject(4, LocalTime.class),
                            row.getString(5),
                            instant(row, 6),
                            instant(row, 7)));
                }
            }
        }
        return bookings;
    }

    List<TagActionPart> tagActions(Connection connection, long apartmentId) throws SQLException {
        String sql =
                "SELECT t.masked_uid, a.action, a.reason, a.acted_at FROM tag_action a JOIN tag t ON t.id = a.tag_id"
                        + " WHERE a.apartment_id = ? ORDER BY a.acted_at, a.id";
        List<TagActionPart> actions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    actions.add(
                            new TagActionPart(row.getString(1), row.getString(2), row.getString(3), instant(row, 4)));
                }
            }
        }
        return actions;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
