package se.bricka.backend.estate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.bricka.backend.resource.SlotTemplateCodec;

/**
 * The estate as the database holds it, retired rows included, read in a handful of queries so that
 * an import of tens of thousands of apartments compares in memory. A row without a stored key is named
 * by a key derived from its id ({@code property-7}), the same on export and import.
 */
final class EstateState {

    record PropertyRow(long id, String key, String name, String zone, String phone, boolean retired) {}

    record BuildingRow(long id, long propertyId, String key, String address, boolean retired) {}

    record ApartmentRow(long id, long buildingId, String label, boolean retired) {}

    record TagRow(long id, long apartmentId, boolean active) {}

    record QuotaGroupRow(
            long id,
            long propertyId,
            String key,
            String name,
            int maxFuture,
            int maxPerDay,
            Integer rollingCount,
            Integer rollingDays,
            int horizonDays,
            Integer releaseAfterMinutes,
            int cancelHoursBefore,
            boolean retired) {}

    record ObjectRow(
            long id,
            long propertyId,
            String key,
            String name,
            String kind,
            String slots,
            Long quotaGroupId,
            Map<String, String> names,
            boolean retired) {}

    record DoorRow(
            String key,
            long propertyId,
            String name,
            String type,
            Long resourceId,
            String openingHours,
            TreeSet<Long> buildings,
            boolean retired) {}

    record DeviceRow(
            long id,
            String key,
            long propertyId,
            String name,
            String kind,
            TreeSet<String> doors,
            TreeSet<Long> objects,
            boolean retired,
            boolean estateManaged) {}

    final List<PropertyRow> properties = new ArrayList<>();
    final List<BuildingRow> buildings = new ArrayList<>();
    final List<ApartmentRow> apartments = new ArrayList<>();
    /** By keyed hash: the hash is unique over all apartments. */
    final Map<String, TagRow> tagsByHash = new HashMap<>();

    final Map<Long, Integer> activeTagsByApartment = new HashMap<>();
    final List<QuotaGroupRow> quotaGroups = new ArrayList<>();
    final List<ObjectRow> objects = new ArrayList<>();
    final Map<String, DoorRow> doors = new TreeMap<>();
    final Map<String, DeviceRow> devices = new TreeMap<>();

    /** Reads everything; {@code withTags} false skips the tags, which an export never shows. */
    static EstateState read(Connection connection, boolean withTags) throws SQLException {
        EstateState state = new EstateState();
        query(
                connection,
                "SELECT id, estate_key, name, time_zone, landlord_phone, retired_at FROM property ORDER BY id",
                row -> {
                    long id = row.getLong(1);
                    state.properties.add(new PropertyRow(
                            id,
                            key(row.getString(2), "property", id),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getObject(6) != null));
                });
        query(connection, "SELECT id, property_id, estate_key, name, retired_at FROM building ORDER BY id", row -> {
            long id = row.getLong(1);
            state.buildings.add(new BuildingRow(
                    id,
                    row.getLong(2),
                    key(row.getString(3), "building", id),
                    row.getString(4),
                    row.getObject(5) != null));
        });
        query(
                connection,
                "SELECT id, building_id, label, retired_at FROM apartment ORDER BY id",
                row -> state.apartments.add(
                        new ApartmentRow(row.getLong(1), row.getLong(2), row.getString(3), row.getObject(4) != null)));
        if (withTags) {
            query(connection, "SELECT id, apartment_id, uid_hash, status FROM tag", row -> {
                boolean active = "ACTIVE".equals(row.getString(4));
                long apartment = row.getLong(2);
                state.tagsByHash.put(row.getString(3), new TagRow(row.getLong(1), apartment, active));
                if (active) {
                    state.activeTagsByApartment.merge(apartment, 1, Integer::sum);
                }
            });
        }
        query(connection, """
                SELECT id, property_id, estate_key, name, max_future_bookings, max_per_day, rolling_count, rolling_days,
                       horizon_days, check_in_minutes, cancel_hours_before, retired_at
                  FROM quota_group ORDER BY id""", row -> {
            long id = row.getLong(1);
            state.quotaGroups.add(new QuotaGroupRow(
                    id,
                    row.getLong(2),
                    key(row.getString(3), "group", id),
                    row.getString(4),
                    row.getInt(5),
                    row.getInt(6),
                    row.getObject(7, Integer.class),
                    row.getObject(8, Integer.class),
                    row.getInt(9),
                    row.getObject(10, Integer.class),
                    row.getInt(11),
                    row.getObject(12) != null));
        });
        Map<Long, Map<String, String>> names = new HashMap<>();
        query(
                connection,
                "SELECT resource_id, language, name FROM resource_name",
                row -> names.computeIfAbsent(row.getLong(1), id -> new TreeMap<>())
                        .put(row.getString(2), row.getString(3)));
        query(
                connection,
                "SELECT id, property_id, estate_key, name, kind, daily_slots, quota_group_id, retired_at FROM resource ORDER BY id",
                row -> {
                    long id = row.getLong(1);
                    state.objects.add(new ObjectRow(
                            id,
                            row.getLong(2),
                            key(row.getString(3), "object", id),
                            row.getString(4),
                            row.getString(5),
                            SlotTemplateCodec.format(SlotTemplateCodec.parse(row.getString(6))),
                            row.getObject(7, Long.class),
                            names.getOrDefault(id, Map.of()),
                            row.getObject(8) != null));
                });
        Map<String, TreeSet<Long>> doorBuildings = new HashMap<>();
        query(
                connection,
                "SELECT door_id, building_id FROM door_building",
                row -> doorBuildings
                        .computeIfAbsent(row.getString(1), id -> new TreeSet<>())
                        .add(row.getLong(2)));
        query(
                connection,
                "SELECT id, property_id, name, door_type, resource_id, opening_hours, retired_at FROM door ORDER BY id",
                row -> state.doors.put(
                        row.getString(1),
                        new DoorRow(
                                row.getString(1),
                                row.getLong(2),
                                row.getString(3),
                                row.getString(4),
                                row.getObject(5, Long.class),
                                row.getString(6),
                                doorBuildings.getOrDefault(row.getString(1), new TreeSet<>()),
                                row.getObject(7) != null)));
        Map<Long, TreeSet<String>> deviceDoors = new HashMap<>();
        query(
                connection,
                "SELECT device_id, door_id FROM device_door",
                row -> deviceDoors
                        .computeIfAbsent(row.getLong(1), id -> new TreeSet<>())
                        .add(row.getString(2)));
        Map<Long, TreeSet<Long>> deviceObjects = new HashMap<>();
        query(
                connection,
                "SELECT device_id, resource_id FROM device_resource",
                row -> deviceObjects
                        .computeIfAbsent(row.getLong(1), id -> new TreeSet<>())
                        .add(row.getLong(2)));
        query(
                connection,
                "SELECT id, device_id, property_id, name, kind, retired_at, estate_managed FROM device ORDER BY id",
                row -> {
                    long id = row.getLong(1);
                    state.devices.put(
                            row.getString(2),
                            new DeviceRow(
                                    id,
                                    row.getString(2),
                                    row.getLong(3),
                                    row.getString(4),
                                    row.getString(5),
                                    deviceDoors.getOrDefault(id, new TreeSet<>()),
                                    deviceObjects.getOrDefault(id, new TreeSet<>()),
                                    row.getObject(6) != null,
                                    row.getBoolean(7)));
                });
        return state;
    }

    /** The stored key, or the one derived from the id for a row made before keys. */
    static String key(String stored, String kind, long id) {
        return stored != null ? stored : kind + "-" + id;
    }

    interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    private static void query(Connection connection, String sql, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                reader.read(row);
            }
        }
    }
}
