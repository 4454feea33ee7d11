package se.bricka.backend.estate;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.bricka.backend.resource.SlotTemplateCodec;
import se.bricka.core.tag.TagHasher;

/**
 * Brings the database to what an estate file describes, inside the caller's transaction, and records
 * each change in an {@link EstatePlan}. Rows are matched by key; what the file no longer names is
 * retired (marked, its tags blocked, its future bookings cancelled), never deleted, so bookings, the
 * access log and audit trails keep what they refer to. In a dry run it only records.
 */
final class EstateSync {

    private static final String APARTMENT = "apartment";

    private final SqlWrites sql;
    private final EstateState state;
    private final TagHasher hasher;
    private final int maxTags;
    private final OffsetDateTime now;
    private final EstatePlan plan = new EstatePlan();

    private final SqlWrites.Batch newApartments =
            new SqlWrites.Batch("INSERT INTO apartment (building_id, label) VALUES (?, ?)");
    private final SqlWrites.Batch restoredApartments =
            new SqlWrites.Batch("UPDATE apartment SET retired_at = NULL WHERE id = ?");
    /** Tags of apartments added in this import: their ids are known only after the batch. */
    private final List<PendingTag> pendingTags = new ArrayList<>();

    private final EstateRetirements retirements;

    private record PendingTag(long buildingId, String label, String hash, String masked) {}

    EstateSync(Connection connection, boolean dryRun, EstateState state, TagHasher hasher, int maxTags, Instant now) {
        this.sql = new SqlWrites(connection, dryRun);
        this.state = state;
        this.hasher = hasher;
        this.maxTags = maxTags;
        this.now = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        this.retirements = new EstateRetirements(sql, plan, state, now);
    }

    EstatePlan apply(EstateFile file, Connection connection) throws SQLException {
        List<PropertyIds> ids = new ArrayList<>();
        for (EstateFile.Property property : file.properties()) {
            ids.add(property(property));
        }
        sql.run(newApartments);
        sql.run(restoredApartments);
        retirements.flush();
        insertPendingTags(connection);
        for (int i = 0; i < ids.size(); i++) {
            PropertyIds property = ids.get(i);
            EstateFile.Property spec = file.properties().get(i);
            quotaGroupsAndObjects(spec, property);
            doors(spec, property);
        }
        for (int i = 0; i < ids.size(); i++) {
            devices(file.properties().get(i), ids.get(i));
        }
        retirements.unnamed(this::apartmentsOf);
        return plan;
    }

    /** The database ids of one property of the file and of its keyed children, as the import made them. */
    private static final class PropertyIds {
        final long id;
        final String key;
        final ZoneId zone;
        final Map<String, Long> buildings = new HashMap<>();
        final Map<String, Long> groups = new HashMap<>();
        final Map<String, Long> objects = new HashMap<>();

        PropertyIds(long id, String key, ZoneId zone) {
            this.id = id;
            this.key = key;
            this.zone = zone;
        }
    }

    // ---- properties, buildings, apartments, tags

    private PropertyIds property(EstateFile.Property spec) throws SQLException {
        EstateState.PropertyRow row = state.properties.stream()
                .filter(p -> p.key().equals(spec.key()))
                .findFirst()
                .orElse(null);
        for (EstateState.PropertyRow other : state.properties) {
            if (other != row && other.name().equals(spec.name())) {
                throw new EstateRefusal(
                        spec.pointer() + "/name",
                        "'" + spec.name() + "'",
                        "property " + other.key() + (other.retired() ? " (retired)" : "") + " already has this name");
            }
        }
        long id;
        if (row == null) {
            id = sql.insert(
                    "INSERT INTO property (estate_key, name, time_zone, landlord_phone) VALUES (?, ?, ?, ?)",
                    spec.key(),
                    spec.name(),
                    spec.timeZone(),
                    spec.landlordPhone());
            plan.add("property", spec.key());
        } else {
            id = row.id();
            retirements.namedProperties.add(id);
            List<String> changed = new ArrayList<>();
            differs(changed, "name", row.name(), spec.name());
            differs(changed, "timeZone", row.zone(), spec.timeZone());
            differs(changed, "landlordPhone", row.phone(), spec.landlordPhone());
            restored(changed, row.retired());
            if (!changed.isEmpty()) {
                sql.update(
                        "UPDATE property SET name = ?, time_zone = ?, landlord_phone = ?, retired_at = NULL WHERE id = ?",
                        spec.name(),
                        spec.timeZone(),
                        spec.landlordPhone(),
                        id);
                plan.change("property", spec.key(), changed);
            }
        }
        PropertyIds ids = new PropertyIds(id, spec.key(), ZoneId.of(spec.timeZone()));
        Map<String, EstateState.BuildingRow> existing = new HashMap<>();
        for (EstateState.BuildingRow building : state.buildings) {
            if (building.propertyId() == id) {
                existing.put(building.key(), building);
            }
        }
        for (EstateFile.Building building : spec.buildings()) {
            building(ids, building, existing);
        }
        for (EstateState.BuildingRow building : existing.values()) {
            if (!building.retired() && !ids.buildings.containsValue(building.id())) {
                retirements.building(ids.key, ids.zone, building, apartmentsOf(building.id()));
            }
        }
        return ids;
    }

    private void building(PropertyIds property, EstateFile.Building spec, Map<String, EstateState.BuildingRow> existing)
            throws SQLException {
        EstateState.BuildingRow row = existing.get(spec.key());
        for (EstateState.BuildingRow other : existing.values()) {
            if (other != row && other.address().equals(spec.address())) {
                throw new EstateRefusal(
                        spec.pointer() + "/address",
                        "'" + spec.address() + "'",
                        "building " + other.key() + (other.retired() ? " (retired)" : "")
                                + " already has this address");
            }
        }
        String what = property.key + "/" + spec.key();
        long id;
        if (row == null) {
            id = sql.insert(
                    "INSERT INTO building (property_id, estate_key, name) VALUES (?, ?, ?)",
                    property.id,
                    spec.key(),
                    spec.address());
            plan.add("building", what);
        } else {
            id = row.id();
            List<String> changed = new ArrayList<>();
            differs(changed, "address", row.address(), spec.address());
            restored(changed, row.retired());
            if (!changed.isEmpty()) {
                sql.update("UPDATE building SET name = ?, retired_at = NULL WHERE id = ?", spec.address(), id);
                plan.change("building", what, changed);
            }
        }
        property.buildings.put(spec.key(), id);
        apartments(property, what, id, spec.apartments());
    }

    private void apartments(PropertyIds property, String building, long buildingId, List<EstateFile.Apartment> specs) {
        Map<String, EstateState.ApartmentRow> existing = new HashMap<>();
        if (buildingId > 0) {
            for (EstateState.ApartmentRow apartment : apartmentsOf(buildingId)) {
                existing.put(apartment.label(), apartment);
            }
        }
        for (EstateFile.Apartment spec : specs) {
            EstateState.ApartmentRow row = existing.remove(spec.label());
            String what = building + "/" + spec.label();
            if (row == null) {
                newApartments.add(buildingId, spec.label());
                plan.add(APARTMENT, what);
            } else if (row.retired()) {
                restoredApartments.add(row.id());
                plan.change(APARTMENT, what, List.of("restored"));
            }
            if (spec.tags() != null) {
                tags(spec, row, buildingId, what);
            }
        }
        for (EstateState.ApartmentRow row : existing.values()) {
            if (!row.retired()) {
                retirements.apartment(property.zone, row, building + "/" + row.label());
            }
        }
    }

    private List<EstateState.ApartmentRow> apartmentsOf(long buildingId) {
        return apartmentsByBuilding().getOrDefault(buildingId, List.of());
    }

    private Map<Long, List<EstateState.ApartmentRow>> apartmentIndex;

    private Map<Long, List<EstateState.ApartmentRow>> apartmentsByBuilding() {
        if (apartmentIndex == null) {
            apartmentIndex = new HashMap<>();
            for (EstateState.ApartmentRow apartment : state.apartments) {
                apartmentIndex
                        .computeIfAbsent(apartment.buildingId(), id -> new ArrayList<>())
                        .add(apartment);
            }
        }
        return apartmentIndex;
    }

    /** The file's tags that the apartment lacks are issued; tags it has and the file omits stay as they are. */
    private void tags(EstateFile.Apartment spec, EstateState.ApartmentRow row, long buildingId, String what) {
        int active = row == null ? 0 : state.activeTagsByApartment.getOrDefault(row.id(), 0);
        for (EstateFile.Tag tag : spec.tags()) {
            String hash = hasher.hash(tag.uid());
            EstateState.TagRow existing = state.tagsByHash.get(hash);
            if (existing != null) {
                if (row == null || existing.apartmentId() != row.id()) {
                    throw new EstateRefusal(
                            tag.pointer(),
                            "'" + tag.uid().hex() + "'",
                            "this tag belongs to another apartment (block it there first)");
                }
                continue;
            }
            active++;
            if (active > maxTags) {
                throw new EstateRefusal(
                        spec.pointer() + "/tags",
                        String.valueOf(active),
                        "a household may have at most " + maxTags
                                + " active tags, with the file's new ones it would have");
            }
            pendingTags.add(
                    new PendingTag(buildingId, spec.label(), hash, tag.uid().masked()));
            plan.add("tag", what);
        }
    }

    private void insertPendingTags(Connection connection) throws SQLException {
        if (sql.dryRun() || pendingTags.isEmpty()) {
            return;
        }
        Map<Long, Map<String, Long>> ids = new HashMap<>();
        try (var statement = connection.prepareStatement("SELECT id, building_id, label FROM apartment");
                var row = statement.executeQuery()) {
            while (row.next()) {
                ids.computeIfAbsent(row.getLong(2), b -> new HashMap<>()).put(row.getString(3), row.getLong(1));
            }
        }
        SqlWrites.Batch insert = new SqlWrites.Batch(
                "INSERT INTO tag (apartment_id, uid_hash, masked_uid, status, issued_at) VALUES (?, ?, ?, 'ACTIVE', ?)");
        for (PendingTag tag : pendingTags) {
            insert.add(ids.get(tag.buildingId()).get(tag.label()), tag.hash(), tag.masked(), now);
        }
        sql.run(insert);
    }

    // ---- quota groups and bookable objects

    private void quotaGroupsAndObjects(EstateFile.Property spec, PropertyIds property) throws SQLException {
        for (EstateFile.QuotaGroup group : spec.quotaGroups()) {
            long id = quotaGroup(property, group);
            property.groups.put(group.key(), id);
            retirements.namedGroups.add(id);
        }
        for (EstateFile.BookableObject object : spec.objects()) {
            long id = object(property, object);
            property.objects.put(object.key(), id);
            retirements.namedObjects.add(id);
        }
    }

    private long quotaGroup(PropertyIds property, EstateFile.QuotaGroup spec) throws SQLException {
        EstateState.QuotaGroupRow row = null;
        for (EstateState.QuotaGroupRow group : state.quotaGroups) {
            if (group.propertyId() == property.id && group.key().equals(spec.key())) {
                row = group;
            }
        }
        for (EstateState.QuotaGroupRow other : state.quotaGroups) {
            if (other != row
                    && other.propertyId() == property.id
                    && other.name().equals(spec.name())) {
                throw new EstateRefusal(
                        spec.pointer() + "/name",
                        "'" + spec.name() + "'",
                        "quota group " + other.key() + (other.retired() ? " (retired)" : "")
                                + " already has this name");
            }
        }
        String what = property.key + "/" + spec.key();
        Object[] values = {
            spec.name(),
            spec.maxFuture(),
            spec.maxPerDay(),
            spec.rollingCount(),
            spec.rollingDays(),
            spec.horizonDays(),
            spec.releaseAfterMinutes(),
            spec.cancelHoursBefore()
        };
        if (row == null) {
            plan.add("quotaGroup", what);
            Object[] insert = new Object[values.length + 2];
            insert[0] = property.id;
            insert[1] = spec.key();
            System.arraycopy(values, 0, insert, 2, values.length);
            return sql.insert("""
                    INSERT INTO quota_group (property_id, estate_key, name, max_future_bookings, max_per_day,
                           rolling_count, rolling_days, horizon_days, check_in_minutes, cancel_hours_before)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", insert);
        }
        List<String> changed = new ArrayList<>();
        differs(changed, "name", row.name(), spec.name());
        differs(changed, "maxFuture", row.maxFuture(), spec.maxFuture());
        differs(changed, "maxPerDay", row.maxPerDay(), spec.maxPerDay());
        differs(changed, "rollingCount", row.rollingCount(), spec.rollingCount());
        differs(changed, "rollingDays", row.rollingDays(), spec.rollingDays());
        differs(changed, "horizonDays", row.horizonDays(), spec.horizonDays());
        differs(changed, "releaseAfterMinutes", row.releaseAfterMinutes(), spec.releaseAfterMinutes());
        differs(changed, "cancelHoursBefore", row.cancelHoursBefore(), spec.cancelHoursBefore());
        restored(changed, row.retired());
        if (!changed.isEmpty()) {
            Object[] update = new Object[values.length + 1];
            System.arraycopy(values, 0, update, 0, values.length);
            update[values.length] = row.id();
            sql.update("""
                    UPDATE quota_group SET name = ?, max_future_bookings = ?, max_per_day = ?, rolling_count = ?,
                           rolling_days = ?, horizon_days = ?, check_in_minutes = ?, cancel_hours_before = ?,
                           retired_at = NULL
                     WHERE id = ?""", update);
            plan.change("quotaGroup", what, changed);
        }
        return row.id();
    }

    private long object(PropertyIds property, EstateFile.BookableObject spec) throws SQLException {
        EstateState.ObjectRow row = null;
        for (EstateState.ObjectRow object : state.objects) {
            if (object.propertyId() == property.id && object.key().equals(spec.key())) {
                row = object;
            }
        }
        String what = property.key + "/" + spec.key();
        String slots = SlotTemplateCodec.format(spec.slots());
        Long group = spec.quotaGroup() == null ? null : property.groups.get(spec.quotaGroup());
        long id;
        if (row == null) {
            id = sql.insert(
                    "INSERT INTO resource (property_id, estate_key, name, kind, daily_slots, quota_group_id) VALUES (?, ?, ?, ?, ?, ?)",
                    property.id,
                    spec.key(),
                    spec.name(),
                    spec.kind(),
                    slots,
                    group);
            plan.add("object", what);
            writeNames(id, spec.names());
            return id;
        }
        id = row.id();
        List<String> changed = new ArrayList<>();
        differs(changed, "name", row.name(), spec.name());
        differs(changed, "kind", row.kind(), spec.kind());
        differs(changed, "slots", row.slots(), slots);
        differs(changed, "quotaGroup", row.quotaGroupId(), group);
        differs(changed, "names", new TreeMap<>(row.names()), new TreeMap<>(spec.names()));
        restored(changed, row.retired());
        if (!changed.isEmpty()) {
            sql.update(
                    "UPDATE resource SET name = ?, kind = ?, daily_slots = ?, quota_group_id = ?, retired_at = NULL WHERE id = ?",
                    spec.name(),
                    spec.kind(),
                    slots,
                    group,
                    id);
            if (changed.contains("names")) {
                sql.update("DELETE FROM resource_name WHERE resource_id = ?", id);
                writeNames(id, spec.names());
            }
            plan.change("object", what, changed);
        }
        return id;
    }

    private void writeNames(long resourceId, Map<String, String> names) throws SQLException {
        for (Map.Entry<String, String> name : names.entrySet()) {
            sql.update(
                    "INSERT INTO resource_name (resource_id, language, name) VALUES (?, ?, ?)",
                    resourceId,
                    name.getKey(),
                    name.getValue());
        }
    }

    // ---- doors and devices (their keys are global ids)

    private void doors(EstateFile.Property spec, PropertyIds property) throws SQLException {
        Map<String, Long> openedBy = new HashMap<>();
        for (EstateFile.BookableObject object : spec.objects()) {
            if (object.door() != null) {
                openedBy.put(object.door(), property.objects.get(object.key()));
            }
        }
        for (EstateFile.Door door : spec.doors()) {
            retirements.namedDoors.add(door.key());
            EstateState.DoorRow row = state.doors.get(door.key());
            TreeSet<Long> buildings = new TreeSet<>();
            door.buildings().forEach(b -> buildings.add(property.buildings.get(b)));
            Long resource = openedBy.get(door.key());
            String type = door.type().name();
            if (row == null) {
                sql.update(
                        "INSERT INTO door (id, property_id, name, door_type, resource_id, opening_hours) VALUES (?, ?, ?, ?, ?, ?)",
                        door.key(),
                        property.id,
                        door.name(),
                        type,
                        resource,
                        door.openingHours());
                writeDoorBuildings(door.key(), buildings);
                plan.add("door", door.key());
                continue;
            }
            List<String> changed = new ArrayList<>();
            differs(changed, "property", row.propertyId(), property.id);
            differs(changed, "name", row.name(), door.name());
            differs(changed, "kind", row.type(), type);
            differs(changed, "object", row.resourceId(), resource);
            differs(changed, "openingHours", row.openingHours(), door.openingHours());
            differs(changed, "buildings", row.buildings(), buildings);
            restored(changed, row.retired());
            if (!changed.isEmpty()) {
                sql.update(
                        "UPDATE door SET property_id = ?, name = ?, door_type = ?, resource_id = ?, opening_hours = ?,"
                                + " retired_at = NULL WHERE id = ?",
                        property.id,
                        door.name(),
                        type,
                        resource,
                        door.openingHours(),
                        door.key());
                if (changed.contains("buildings")) {
                    sql.update("DELETE FROM door_building WHERE door_id = ?", door.key());
                    writeDoorBuildings(door.key(), buildings);
                }
                plan.change("door", door.key(), changed);
            }
        }
    }

    private void writeDoorBuildings(String door, Set<Long> buildings) throws SQLException {
        for (long building : buildings) {
            sql.update("INSERT INTO door_building (door_id, building_id) VALUES (?, ?)", door, building);
        }
    }

    private void devices(EstateFile.Property spec, PropertyIds property) throws SQLException {
        for (EstateFile.Device device : spec.devices()) {
            retirements.namedDevices.add(device.key());
            EstateState.DeviceRow row = state.devices.get(device.key());
            TreeSet<String> doors = new TreeSet<>(device.doors());
            TreeSet<Long> objects = new TreeSet<>();
            device.objects().forEach(o -> objects.add(property.objects.get(o)));
            long id;
            if (row == null) {
                id = sql.insert(
                        "INSERT INTO device (device_id, name, property_id, kind, estate_managed)"
                                + " VALUES (?, ?, ?, ?, TRUE)",
                        device.key(),
                        device.name(),
                        property.id,
                        device.kind());
                writeDeviceLinks(id, doors, objects);
                plan.add("device", device.key());
                continue;
            }
            id = row.id();
            List<String> changed = new ArrayList<>();
            differs(changed, "property", row.propertyId(), property.id);
            differs(changed, "name", row.name(), device.name());
            differs(changed, "kind", row.kind(), device.kind());
            differs(changed, "doors", row.doors(), doors);
            differs(changed, "objects", row.objects(), objects);
            restored(changed, row.retired());
            if (!row.estateManaged()) {
                changed.add("managed");
            }
            if (!changed.isEmpty()) {
                sql.update(
                        "UPDATE device SET property_id = ?, name = ?, kind = ?, retired_at = NULL,"
                                + " estate_managed = TRUE WHERE id = ?",
                        property.id,
                        device.name(),
                        device.kind(),
                        id);
                if (row.propertyId() != property.id || !Objects.equals(row.kind(), device.kind())) {
                    // A panel enrolled for another property or kind must enroll again; nobody stays signed in.
                    sql.update("UPDATE device SET token_hash = NULL WHERE id = ?", id);
                    sql.update("DELETE FROM caretaker_session WHERE device_id = ?", id);
                }
                sql.update("DELETE FROM device_door WHERE device_id = ?", id);
                sql.update("DELETE FROM device_resource WHERE device_id = ?", id);
                writeDeviceLinks(id, doors, objects);
                plan.change("device", device.key(), changed);
            }
        }
    }

    private void writeDeviceLinks(long device, Set<String> doors, Set<Long> objects) throws SQLException {
        for (String door : doors) {
            sql.update("INSERT INTO device_door (device_id, door_id) VALUES (?, ?)", device, door);
        }
        for (long object : objects) {
            sql.update("INSERT INTO device_resource (device_id, resource_id) VALUES (?, ?)", device, object);
        }
    }

    // ---- comparing

    private static void differs(List<String> changed, String field, Object stored, Object wanted) {
        if (!Objects.equals(stored, wanted)) {
            changed.add(field);
        }
    }

    private static void restored(List<String> changed, boolean retired) {
        if (retired) {
            changed.add("restored");
        }
    }
}
