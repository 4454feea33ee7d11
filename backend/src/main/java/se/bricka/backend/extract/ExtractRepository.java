package se.bricka.backend.extract;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.bricka.backend.extract.RegisterExtract.BookingPart;
import se.bricka.backend.extract.RegisterExtract.CalendarFeedPart;
import se.bricka.backend.extract.RegisterExtract.ClosurePart;
import se.bricka.backend.extract.RegisterExtract.TagActionPart;

/**
 * The extract's own queries: the apartment's bookings (with check-in times inside the 14 days), the
 * closures that cancelled them, its calendar feed, tag actions, and the caretaker events and
 * neighbours' labels {@link CaretakerEventFilter} needs.
 */
final class ExtractRepository {

    private static final String PROPERTY_OF_APARTMENT =
            "(SELECT pb.property_id FROM apartment pa JOIN building pb ON pb.id = pa.building_id WHERE pa.id = ?)";

    /** A caretaker event as stored. */
    record StoredCaretakerEvent(Instant at, String kind, String detail) {}

    List<BookingPart> bookings(Connection connection, long apartmentId, Instant oldestCheckInKept) throws SQLException {
        String sql = "SELECT r.name, b.slot_date, b.slot_start, b.slot_end, b.status, b.created_at, b.cancelled_at,"
                + " CASE WHEN b.checked_in_at >= ? THEN b.checked_in_at END, b.released_at, b.closure_id"
                + " FROM booking b JOIN resource r ON r.id = b.resource_id WHERE b.apartment_id = ?"
                + " ORDER BY b.slot_date, b.slot_start";
        List<BookingPart> bookings = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, utc(oldestCheckInKept));
            statement.setLong(2, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long closure = row.getLong(10);
                    Long closureId = row.wasNull() ? null : closure;
                    bookings.add(new BookingPart(
                            row.getString(1),
                            row.getObject(2, LocalDate.class),
                            row.getObject(3, LocalTime.class),
                            row.getObject(4, LocalTime.class),
                            row.getString(5),
                            instant(row, 6),
                            instant(row, 7),
                            instant(row, 8),
                            instant(row, 9),
                            closureId));
                }
            }
        }
        return bookings;
    }

    List<ClosurePart> closuresThatCancelled(Connection connection, long apartmentId) throws SQLException {
        String sql = "SELECT c.id, r.name, c.from_at, c.until_at, c.reason, c.created_at, c.lifted_at FROM closure c"
                + " JOIN resource r ON r.id = c.resource_id WHERE c.id IN"
                + " (SELECT b.closure_id FROM booking b WHERE b.apartment_id = ? AND b.closure_id IS NOT NULL)"
                + " ORDER BY c.from_at, c.id";
        List<ClosurePart> closures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    closures.add(new ClosurePart(
                            row.getLong(1),
                            row.getString(2),
                            row.getObject(3, LocalDateTime.class),
                            row.getObject(4, LocalDateTime.class),
                            row.getString(5),
                            instant(row, 6),
                            instant(row, 7)));
                }
            }
        }
        return closures;
    }

    Optional<CalendarFeedPart> calendarFeed(Connection connection, long apartmentId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT created_at FROM calendar_feed WHERE apartment_id = ?")) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(new CalendarFeedPart(instant(row, 1))) : Optional.empty();
            }
        }
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

    /**
     * The caretaker events of the apartment's property's boards whose detail may name it: it holds
     * the label, or a closure. {@link CaretakerEventFilter} decides which really do.
     */
    List<StoredCaretakerEvent> caretakerEventCandidates(Connection connection, long apartmentId, String label)
            throws SQLException {
        String sql = "SELECT e.occurred_at, e.kind, e.detail FROM caretaker_event e JOIN device d ON d.id = e.device_id"
                + " WHERE d.property_id = " + PROPERTY_OF_APARTMENT
                + " AND (e.detail LIKE ? ESCAPE '!' OR e.detail LIKE '%closure%') ORDER BY e.occurred_at, e.id";
        List<StoredCaretakerEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            statement.setString(
                    2, "%" + label.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    events.add(new StoredCaretakerEvent(instant(row, 1), row.getString(2), row.getString(3)));
                }
            }
        }
        return events;
    }

    /** The labels of the other apartments of the apartment's property. */
    Set<String> neighbourLabels(Connection connection, long apartmentId) throws SQLException {
        String sql = "SELECT a.label FROM apartment a JOIN building b ON b.id = a.building_id"
                + " WHERE b.property_id = " + PROPERTY_OF_APARTMENT + " AND a.id <> ?";
        Set<String> labels = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            statement.setLong(2, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    labels.add(row.getString(1));
                }
            }
        }
        return labels;
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
