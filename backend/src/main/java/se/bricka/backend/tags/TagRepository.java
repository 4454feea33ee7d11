package se.bricka.backend.tags;

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
import java.util.List;
import java.util.Optional;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;

/** Apartments, their tags, the record of tag actions, and the bookings a move-out cancels. */
public final class TagRepository {

    private static final String APARTMENT = """
            SELECT a.id, a.label, b.name AS building, p.time_zone
              FROM apartment a JOIN building b ON b.id = a.building_id JOIN property p ON p.id = b.property_id
            """;
    private static final String TAG_COLUMNS =
            "SELECT id, apartment_id, masked_uid, status, issued_at, blocked_at, block_reason FROM tag ";

    /** Apartments whose label starts with {@code prefix}, at most 50. */
    public List<Apartment> findApartments(Connection connection, String prefix) throws SQLException {
        String sql = APARTMENT + " WHERE a.label LIKE ? ORDER BY a.label FETCH FIRST 50 ROWS ONLY";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, prefix.replace("%", "").replace("_", "") + "%");
            return apartments(statement);
        }
    }

    public Optional<Apartment> apartment(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(APARTMENT + " WHERE a.id = ?")) {
            statement.setLong(1, id);
            return apartments(statement).stream().findFirst();
        }
    }

    public List<TagRow> tagsOf(Connection connection, long apartmentId) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement(TAG_COLUMNS + "WHERE apartment_id = ? ORDER BY issued_at, id")) {
            statement.setLong(1, apartmentId);
            return tags(statement);
        }
    }

    public Optional<TagRow> tag(Connection connection, long tagId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TAG_COLUMNS + "WHERE id = ? FOR UPDATE")) {
            statement.setLong(1, tagId);
            return tags(statement).stream().findFirst();
        }
    }

    boolean uidHashExists(Connection connection, String uidHash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM tag WHERE uid_hash = ?")) {
            statement.setString(1, uidHash);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    long insertTag(Connection connection, long apartmentId, String uidHash, String masked, Instant at)
            throws SQLException {
        String sql =
                "INSERT INTO tag (apartment_id, uid_hash, masked_uid, status, issued_at) VALUES (?, ?, ?, 'ACTIVE', ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.setLong(1, apartmentId);
            statement.setString(2, uidHash);
            statement.setString(3, masked);
            statement.setObject(4, utc(at));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    void setBlocked(Connection connection, long tagId, BlockReason reason, Instant at) throws SQLException {
        String sql = "UPDATE tag SET status = 'BLOCKED', blocked_at = ?, block_reason = ? WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, utc(at));
            statement.setString(2, reason.name());
            statement.setLong(3, tagId);
            statement.executeUpdate();
        }
    }

    void setActive(Connection connection, long tagId) throws SQLException {
        String sql = "UPDATE tag SET status = 'ACTIVE', blocked_at = NULL, block_reason = NULL WHERE id = ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, tagId);
            statement.executeUpdate();
        }
    }

    void recordAction(Connection connection, TagRow tag, String action, String reason, long staffId, Instant at)
            throws SQLException {
        String sql = "INSERT INTO tag_action (tag_id, apartment_id, action, reason, staff_id, acted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, tag.id());
            statement.setLong(2, tag.apartmentId());
            statement.setString(3, action);
            statement.setString(4, reason);
            statement.setLong(5, staffId);
            statement.setObject(6, utc(at));
            statement.executeUpdate();
        }
    }

    /** The apartment's live bookings, to cancel those not yet started at a move-out. */
    List<Slot> activeBookingSlots(Connection connection, long apartmentId, List<Long> ids) throws SQLException {
        String sql = "SELECT id, resource_id, slot_date, slot_start, slot_end FROM booking"
                + " WHERE apartment_id = ? AND active = TRUE ORDER BY slot_date, slot_start";
        List<Slot> slots = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, apartmentId);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong("id"));
                    slots.add(new Slot(
                            row.getLong("resource_id"),
                            row.getObject("slot_date", LocalDate.class),
                            new SlotTime(
                                    row.getObject("slot_start", LocalTime.class),
                                    row.getObject("slot_end", LocalTime.class))));
                }
            }
        }
        return slots;
    }

    void cancelBooking(Connection connection, long bookingId, Instant at) throws SQLException {
        String sql =
                "UPDATE booking SET status = 'CANCELLED', active = NULL, cancelled_at = ? WHERE id = ? AND active = TRUE";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, utc(at));
            statement.setLong(2, bookingId);
            statement.executeUpdate();
        }
    }

    private static List<Apartment> apartments(PreparedStatement statement) throws SQLException {
        List<Apartment> apartments = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                apartments.add(new Apartment(
                        row.getLong("id"),
                        row.getString("label"),
                        row.getString("building"),
                        ZoneId.of(row.getString("time_zone"))));
            }
        }
        return apartments;
    }

    private static List<TagRow> tags(PreparedStatement statement) throws SQLException {
        List<TagRow> tags = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                OffsetDateTime blocked = row.getObject("blocked_at", OffsetDateTime.class);
                tags.add(new TagRow(
                        row.getLong("id"),
                        row.getLong("apartment_id"),
                        row.getString("masked_uid"),
                        row.getString("status"),
                        row.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        blocked == null ? null : blocked.toInstant(),
                        row.getString("block_reason")));
            }
        }
        return tags;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
