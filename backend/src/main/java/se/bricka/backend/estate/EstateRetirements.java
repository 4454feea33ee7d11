package se.bricka.backend.estate;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Retires what an estate file no longer names: the row is marked {@code retired_at} and never deleted,
 * so its bookings, access events and audit keep what they refer to. An apartment's active tags are
 * blocked and its bookings from today on cancelled; a door is unbound from every device (so it is in
 * no snapshot); an object leaves the boards; a device's token is cleared. Only devices the estate file
 * manages ({@code device.estate_managed}) are retired; one added outside the file is left alone.
 */
final class EstateRetirements {

    private final SqlWrites sql;
    private final EstatePlan plan;
    private final EstateState state;
    private final OffsetDateTime now;
    private final Instant instant;

    private final SqlWrites.Batch retiredApartments =
            new SqlWrites.Batch("UPDATE apartment SET retired_at = ? WHERE id = ?");
    private final SqlWrites.Batch blockedTags =
            new SqlWrites.Batch("UPDATE tag SET status = 'BLOCKED', blocked_at = ?, block_reason = 'MOVED_OUT'"
                    + " WHERE apartment_id = ? AND status = 'ACTIVE'");
    private final SqlWrites.Batch cancelledBookings =
            new SqlWrites.Batch("UPDATE booking SET status = 'CANCELLED', active = NULL, cancelled_at = ?"
                    + " WHERE apartment_id = ? AND active = TRUE AND slot_date >= ?");

    /** What the file named, filled in by {@link EstateSync} as it goes. */
    final Set<Long> namedProperties = new HashSet<>();

    final Set<String> namedDoors = new HashSet<>();
    final Set<String> namedDevices = new HashSet<>();
    final Set<Long> namedObjects = new HashSet<>();
    final Set<Long> namedGroups = new HashSet<>();

    EstateRetirements(SqlWrites sql, EstatePlan plan, EstateState state, Instant now) {
        this.sql = sql;
        this.plan = plan;
        this.state = state;
        this.instant = now;
        this.now = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    /** Retires one apartment (batched: see {@link #flush()}). */
    void apartment(ZoneId zone, EstateState.ApartmentRow row, String what) {
        retiredApartments.add(now, row.id());
        blockedTags.add(now, row.id());
        cancelledBookings.add(now, row.id(), LocalDate.ofInstant(instant, zone));
        plan.retire("apartment", what);
    }

    /** Retires a building and every apartment in it still in service. */
    void building(
            String propertyKey, ZoneId zone, EstateState.BuildingRow row, List<EstateState.ApartmentRow> apartments)
            throws SQLException {
        String what = propertyKey + "/" + row.key();
        for (EstateState.ApartmentRow apartment : apartments) {
            if (!apartment.retired()) {
                apartment(zone, apartment, what + "/" + apartment.label());
            }
        }
        sql.update("UPDATE building SET retired_at = ? WHERE id = ?", now, row.id());
        plan.retire("building", what);
    }

    /** Runs the batched apartment retirements collected so far. */
    void flush() throws SQLException {
        sql.run(retiredApartments);
        sql.run(blockedTags);
        sql.run(cancelledBookings);
    }

    /** Retires every device, door, object, quota group and property the file did not name. */
    void unnamed(LongFunction<List<EstateState.ApartmentRow>> apartmentsOf) throws SQLException {
        for (EstateState.DeviceRow device : state.devices.values()) {
            // Only a device the file manages: one added on the staff pages or by the CLI stays.
            if (!device.retired() && device.estateManaged() && !namedDevices.contains(device.key())) {
                // Its token stops working; its events and enrollment history stay.
                sql.update("UPDATE device SET retired_at = ?, token_hash = NULL WHERE id = ?", now, device.id());
                sql.update("DELETE FROM device_door WHERE device_id = ?", device.id());
                sql.update("DELETE FROM device_resource WHERE device_id = ?", device.id());
                // No open code can enroll it again, and no caretaker stays signed in on it.
                sql.update("DELETE FROM device_enrollment WHERE device_id = ? AND redeemed_at IS NULL", device.id());
                sql.update("DELETE FROM caretaker_session WHERE device_id = ?", device.id());
                plan.retire("device", device.key());
            }
        }
        for (EstateState.DoorRow door : state.doors.values()) {
            if (!door.retired() && !namedDoors.contains(door.key())) {
                // Unbound from every device, it is in no snapshot; access events still name it.
                sql.update("UPDATE door SET retired_at = ? WHERE id = ?", now, door.key());
                sql.update("DELETE FROM device_door WHERE door_id = ?", door.key());
                plan.retire("door", door.key());
            }
        }
        for (EstateState.ObjectRow object : state.objects) {
            if (!object.retired() && !namedObjects.contains(object.id())) {
                sql.update("UPDATE resource SET retired_at = ? WHERE id = ?", now, object.id());
                sql.update("DELETE FROM device_resource WHERE resource_id = ?", object.id());
                sql.update(
                        "UPDATE booking SET status = 'CANCELLED', active = NULL, cancelled_at = ?"
                                + " WHERE resource_id = ? AND active = TRUE AND slot_date >= ?",
                        now,
                        object.id(),
                        LocalDate.ofInstant(instant, zoneOf(object.propertyId())));
                plan.retire("object", keyOf(object.propertyId()) + "/" + object.key());
            }
        }
        for (EstateState.QuotaGroupRow group : state.quotaGroups) {
            if (!group.retired() && !namedGroups.contains(group.id())) {
                sql.update("UPDATE quota_group SET retired_at = ? WHERE id = ?", now, group.id());
                plan.retire("quotaGroup", keyOf(group.propertyId()) + "/" + group.key());
            }
        }
        for (EstateState.PropertyRow property : state.properties) {
            if (!property.retired() && !namedProperties.contains(property.id())) {
                ZoneId zone = ZoneId.of(property.zone());
                for (EstateState.BuildingRow building : state.buildings) {
                    if (building.propertyId() == property.id() && !building.retired()) {
                        building(property.key(), zone, building, apartmentsOf.apply(building.id()));
                    }
                }
                sql.update("UPDATE property SET retired_at = ? WHERE id = ?", now, property.id());
                plan.retire("property", property.key());
            }
        }
        flush();
    }

    private ZoneId zoneOf(long propertyId) {
        return state.properties.stream()
                .filter(p -> p.id() == propertyId)
                .map(p -> ZoneId.of(p.zone()))
                .findFirst()
                .orElse(ZoneOffset.UTC);
    }

    private String keyOf(long propertyId) {
        return state.properties.stream()
                .filter(p -> p.id() == propertyId)
                .map(EstateState.PropertyRow::key)
                .findFirst()
                .orElse("property-" + propertyId);
    }
}
