package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything a device needs to decide at its doors with no network call: its doors, the tags of the
 * buildings they serve (keyed hashes, never UIDs), staff grants, and the active bookings of its rooms
 * for the coming days. {@code version} is the change version the snapshot is complete up to: every
 * pushed change with a higher version is not in it yet. Turned into the domain by {@link
 * DeviceSnapshotCodec}, which also refuses an inconsistent one.
 *
 * @param zone the property's time zone, such as {@code Europe/Stockholm}
 * @param earlyEntryMinutes how long before a slot's start its booker may open the room
 * @param graceMinutes how long after a slot's end its booker may still open the room
 * @param bookingsFrom the first day whose bookings the snapshot holds, or {@code null} when it does not
 *     say (a snapshot saved by an older version): then every booking pushed is taken in
 * @param bookingsUntil the last day whose bookings it holds, or {@code null} as above
 */
public record DeviceSnapshot(
        long version,
        String zone,
        int earlyEntryMinutes,
        int graceMinutes,
        List<DoorView> doors,
        List<TagView> residents,
        List<StaffView> staff,
        List<BookingView> bookings,
        LocalDate bookingsFrom,
        LocalDate bookingsUntil) {

    /** A snapshot that does not say which days its bookings cover. */
    public DeviceSnapshot(
            long version,
            String zone,
            int earlyEntryMinutes,
            int graceMinutes,
            List<DoorView> doors,
            List<TagView> residents,
            List<StaffView> staff,
            List<BookingView> bookings) {
        this(version, zone, earlyEntryMinutes, graceMinutes, doors, residents, staff, bookings, null, null);
    }

    /** Whether the snapshot holds the bookings of {@code date}: true when it does not say which days it holds. */
    public boolean holdsBookingsOf(LocalDate date) {
        return (bookingsFrom == null || !date.isBefore(bookingsFrom))
                && (bookingsUntil == null || !date.isAfter(bookingsUntil));
    }

    public DeviceSnapshot {
        doors = doors == null ? null : List.copyOf(doors);
        residents = residents == null ? null : List.copyOf(residents);
        staff = staff == null ? null : List.copyOf(staff);
        bookings = bookings == null ? null : List.copyOf(bookings);
    }

    /**
     * A door.
     *
     * @param type a {@code DoorType} name, such as {@code LAUNDRY_ROOM}
     * @param resourceId the bookable object behind a laundry or common room door, else {@code null}
     * @param openingHours residents' hours in {@code WeeklyHoursCodec} form, or {@code null} for any hour
     */
    public record DoorView(String doorId, String type, List<Long> buildingIds, Long resourceId, String openingHours) {}

    /** A resident tag: its keyed hash and whose it is. */
    public record TagView(String tagHash, long apartmentId, long buildingId, boolean blocked) {}

    /** A staff tag and its grant; {@code hours} in {@code WeeklyHoursCodec} form. */
    public record StaffView(String tagHash, long staffId, List<String> doorIds, String hours, boolean blocked) {}

    /** An active booking of one of the device's rooms. */
    public record BookingView(
            long bookingId, long apartmentId, long resourceId, LocalDate date, LocalTime start, LocalTime end) {}
}
