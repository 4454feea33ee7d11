package se.bricka.bench.booking;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.resource.SlotTemplateCodec;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.tag.TagUid;

/**
 * Widens the seeded demo estate for load: many apartments (so that quotas do not dominate) and more
 * laundry rooms in the demo's laundry quota group (so that random bookings rarely collide).
 */
final class BenchEstate {

    /** What the harness books with: tag hashes of extra apartments and ids of laundry rooms. */
    record Load(List<String> tagHashes, List<Long> laundryRooms) {}

    private BenchEstate() {}

    static Load widen(String url, String user, int apartments, int extraRooms) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            connection.setAutoCommit(false);
            List<String> tags = addApartments(connection, apartments);
            long group = single(connection, "SELECT MIN(id) FROM quota_group");
            List<Long> rooms = addRooms(connection, group, extraRooms);
            connection.commit();
            return new Load(tags, rooms);
        }
    }

    /** Apartments B0, B1, … with one active tag each; returns the tags' hashes. */
    private static List<String> addApartments(Connection connection, int apartments) throws SQLException {
        TagHasher hasher = new TagHasher(DemoEstate.TAG_KEY);
        long building = single(connection, "SELECT MIN(id) FROM building");
        List<String> tags = new ArrayList<>();
        try (PreparedStatement apartment = connection.prepareStatement(
                        "INSERT INTO apartment (building_id, label) VALUES (?, ?)", new String[] {"id"});
                PreparedStatement tag = connection.prepareStatement(
                        "INSERT INTO tag (apartment_id, uid_hash, masked_uid, status, issued_at)"
                                + " VALUES (?, ?, ?, 'ACTIVE', ?)")) {
            for (int n = 0; n < apartments; n++) {
                apartment.setLong(1, building);
                apartment.setString(2, "B" + n);
                apartment.executeUpdate();
                long id;
                try (ResultSet keys = apartment.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                TagUid uid = new TagUid("%08X".formatted(0x90000000 + n));
                tag.setLong(1, id);
                tag.setString(2, hasher.hash(uid));
                tag.setString(3, uid.masked());
                tag.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                tag.executeUpdate();
                tags.add(hasher.hash(uid));
            }
        }
        return tags;
    }

    /** More laundry rooms in the group; returns the ids of all the group's rooms. */
    private static List<Long> addRooms(Connection connection, long group, int extraRooms) throws SQLException {
        long property = single(connection, "SELECT MIN(id) FROM property");
        try (PreparedStatement room = connection.prepareStatement("INSERT INTO resource"
                + " (property_id, name, kind, daily_slots, quota_group_id) VALUES (?, ?, 'laundry', ?, ?)")) {
            for (int n = 0; n < extraRooms; n++) {
                room.setLong(1, property);
                room.setString(2, "Bench room " + n);
                room.setString(3, SlotTemplateCodec.format(SlotTemplate.standardLaundry()));
                room.setLong(4, group);
                room.executeUpdate();
            }
        }
        List<Long> rooms = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT id FROM resource WHERE quota_group_id = " + group + " ORDER BY id")) {
            while (row.next()) {
                rooms.add(row.getLong(1));
            }
        }
        return rooms;
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
