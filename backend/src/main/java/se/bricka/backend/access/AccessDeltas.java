package se.bricka.backend.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import se.bricka.core.booking.Slot;
import se.bricka.core.wire.ChangeDelta;
import se.bricka.core.wire.DeviceSnapshot;

/**
 * Reads, inside a change's transaction, what the change did to devices' access snapshots, in the form
 * the snapshot ships it, so the pushed change carries it and devices need not download.
 */
public final class AccessDeltas {

    private static final String TAG = """
            SELECT t.uid_hash, t.apartment_id, a.building_id, t.status
              FROM tag t
              JOIN apartment a ON a.id = t.apartment_id
             WHERE t.id = ?
            """;
    private static final String STAFF = """
            SELECT s.uid_hash, s.staff_ref, s.hours, s.status, g.door_id
              FROM staff_tag s
              LEFT JOIN staff_grant_door g ON g.staff_tag_id = s.id
             WHERE s.id = ?
            """;

    private AccessDeltas() {}

    /** The resident tags with database ids {@code tagIds}, as they are now. */
    public static ChangeDelta residents(Connection connection, Collection<Long> tagIds) throws SQLException {
        List<DeviceSnapshot.TagView> tags = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(TAG)) {
            for (long id : tagIds) {
                statement.setLong(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        tags.add(tagView(row));
                    }
                }
            }
        }
        return ChangeDelta.ofResidents(tags);
    }

    /** The staff tag with database id {@code staffTagId} and its whole grant, as they are now. */
    public static Optional<ChangeDelta> staff(Connection connection, long staffTagId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(STAFF)) {
            statement.setLong(1, staffTagId);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String hash = row.getString("uid_hash").strip();
                long staffRef = row.getLong("staff_ref");
                String hours = row.getString("hours");
                boolean blocked = blocked(row);
                TreeSet<String> doors = new TreeSet<>();
                do {
                    String door = row.getString("door_id");
                    if (door != null) {
                        doors.add(door);
                    }
                } while (row.next());
                return Optional.of(ChangeDelta.ofStaff(
                        new DeviceSnapshot.StaffView(hash, staffRef, List.copyOf(doors), hours, blocked)));
            }
        }
    }

    /**
     * The booking just inserted as {@code bookingId}, as a snapshot ships it. Built from the values the
     * caller inserted rather than read back: the row is this transaction's own and holds nothing else.
     */
    public static ChangeDelta booking(long bookingId, long apartmentId, Slot slot) {
        return ChangeDelta.ofBooking(new DeviceSnapshot.BookingView(
                bookingId, apartmentId, slot.resourceId(), slot.date(), slot.start(), slot.end()));
    }

    /** A tag row (uid_hash, apartment_id, building_id, status) as a snapshot ships it. */
    static DeviceSnapshot.TagView tagView(ResultSet row) throws SQLException {
        return new DeviceSnapshot.TagView(
                row.getString("uid_hash").strip(),
                row.getLong("apartment_id"),
                row.getLong("building_id"),
                blocked(row));
    }

    /** A booking row as a snapshot ships it. */
    static DeviceSnapshot.BookingView bookingView(ResultSet row) throws SQLException {
        return new DeviceSnapshot.BookingView(
                row.getLong("id"),
                row.getLong("apartment_id"),
                row.getLong("resource_id"),
                row.getObject("slot_date", LocalDate.class),
                row.getObject("slot_start", LocalTime.class),
                row.getObject("slot_end", LocalTime.class));
    }

    static boolean blocked(ResultSet row) throws SQLException {
        return "BLOCKED".equals(row.getString("status"));
    }
}
