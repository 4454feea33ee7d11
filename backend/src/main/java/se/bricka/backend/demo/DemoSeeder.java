package se.bricka.backend.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.access.DoorDemoSeeder;
import se.bricka.backend.caretaker.DemoCaretakerSeeder;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.persistence.DataAccessException;
import se.bricka.backend.persistence.SqlStates;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.SlotTemplateCodec;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.demo.DemoEstate;
import se.bricka.core.tag.TagHasher;

/** Fills an empty database with {@link DemoEstate}, so one command gives a working system. */
public final class DemoSeeder {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);

    private final Transactor transactor;
    private final TagHasher hasher;
    private final ZoneId zone;
    private final Instant now;

    public DemoSeeder(Transactor transactor, byte[] tagKey, ZoneId zone, Instant now) {
        this.transactor = transactor;
        this.hasher = new TagHasher(tagKey);
        this.zone = zone;
        this.now = now;
    }

    /** Seeds the demo estate if the database holds no property yet; returns whether it did. */
    public boolean seedIfEmpty() {
        try {
            boolean seeded = transactor.inTransaction(connection -> isEmpty(connection) && seed(connection));
            if (seeded) {
                LOG.info("seeded demo property '{}'", DemoEstate.PROPERTY_NAME);
            }
            return seeded;
        } catch (DataAccessException e) {
            // Two nodes starting on one empty database: the other one seeded first.
            if (e.getCause() instanceof SQLException sql && SqlStates.isUniqueViolation(sql)) {
                LOG.info("demo property was seeded by another node");
                return false;
            }
            throw e;
        }
    }

    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM property")) {
            row.next();
            return row.getLong(1) == 0;
        }
    }

    private boolean seed(Connection connection) throws SQLException {
        long property = insert(
                connection,
                "INSERT INTO property (name, time_zone) VALUES (?, ?)",
                DemoEstate.PROPERTY_NAME,
                zone.getId());
        seedHouseholds(connection, property);
        seedBoardsAndRooms(connection, property);
        new DoorDemoSeeder(hasher).seed(connection, property);
        new DemoCaretakerSeeder().seed(connection, property, now);
        se.bricka.backend.estate.DemoEstateKeys.assign(connection); // issue 14: estate-file keys
        return true;
    }

    /** The building, its apartments and their tags (one of them blocked). */
    private void seedHouseholds(Connection connection, long property) throws SQLException {
        long building = insert(
                connection,
                "INSERT INTO building (property_id, name) VALUES (?, ?)",
                property,
                DemoEstate.BUILDING_NAME);
        Map<String, Long> apartments = new HashMap<>();
        for (String label : DemoEstate.apartmentLabels()) {
            apartments.put(
                    label,
                    insert(connection, "INSERT INTO apartment (building_id, label) VALUES (?, ?)", building, label));
        }
        for (DemoEstate.DemoTag tag : DemoEstate.tags()) {
            insert(
                    connection,
                    "INSERT INTO tag (apartment_id, uid_hash, masked_uid, status, issued_at) VALUES (?, ?, ?, ?, ?)",
                    apartments.get(tag.apartmentLabel()),
                    hasher.hash(tag.uid()),
                    tag.uid().masked(),
                    tag.blocked() ? "BLOCKED" : "ACTIVE",
                    OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
    }

    /** The two demo boards (only the hashes of their tokens), the quota groups and the bookable objects. */
    private static void seedBoardsAndRooms(Connection connection, long property) throws SQLException {
        for (DemoEstate.DemoDevice device : DemoEstate.DEVICES) {
            insert(
                    connection,
                    "INSERT INTO device (device_id, name, property_id, token_hash) VALUES (?, ?, ?, ?)",
                    device.deviceId(),
                    device.name(),
                    property,
                    TokenHash.of(device.token()));
        }
        long laundry = insert(
                connection,
                "INSERT INTO quota_group (property_id, name, max_future_bookings, max_per_day, horizon_days,"
                        + " check_in_minutes) VALUES (?, ?, 2, 1, 28, 30)",
                property,
                DemoEstate.LAUNDRY_GROUP_NAME);
        long commonRoom = insert(
                connection,
                "INSERT INTO quota_group (property_id, name, max_future_bookings, max_per_day, horizon_days,"
                        + " check_in_minutes) VALUES (?, ?, 1, 1, 56, NULL)",
                property,
                DemoEstate.COMMON_ROOM_GROUP_NAME);
        // Tvättstuga A first: boards show the first object by default.
        String laundrySlots = SlotTemplateCodec.format(SlotTemplate.standardLaundry());
        insertResource(connection, property, DemoEstate.LAUNDRY_ROOM_NAME, "laundry", laundrySlots, laundry);
        insertResource(
                connection,
                property,
                DemoEstate.SECOND_LAUNDRY_ROOM_NAME,
                "laundry",
                SlotTemplateCodec.format(DemoEstate.secondLaundryRoom()),
                laundry);
        insertResource(
                connection,
                property,
                DemoEstate.COMMON_ROOM_NAME,
                "common-room",
                SlotTemplateCodec.format(DemoEstate.commonRoomDay()),
                commonRoom);
    }

    private static void insertResource(
            Connection connection, long property, String name, String kind, String slots, long quotaGroup)
            throws SQLException {
        insert(
                connection,
                "INSERT INTO resource (property_id, name, kind, daily_slots, quota_group_id) VALUES (?, ?, ?, ?, ?)",
                property,
                name,
                kind,
                slots,
                quotaGroup);
    }

    /** Runs one INSERT and returns the generated id. */
    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
