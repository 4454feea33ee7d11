package se.bricka.core.wire;

import java.util.List;

/**
 * What a change did to the devices' access snapshots, as the changed items now are, so a device can
 * apply the change to the snapshot it holds instead of downloading it again. Items are keyed: a tag
 * or staff view replaces the held one with the same hash.
 *
 * @param residents resident tags as they are after the change (issued, blocked, unblocked), or
 *     {@code null}
 * @param staff staff tags with their whole grant (every door of the property it lists), or
 *     {@code null}
 * @param booking the booking a {@code booking-created} change made, or {@code null}
 */
public record ChangeDelta(
        List<DeviceSnapshot.TagView> residents,
        List<DeviceSnapshot.StaffView> staff,
        DeviceSnapshot.BookingView booking) {

    public ChangeDelta {
        residents = residents == null ? null : List.copyOf(residents);
        staff = staff == null ? null : List.copyOf(staff);
    }

    /** The delta of resident tags that changed. */
    public static ChangeDelta ofResidents(List<DeviceSnapshot.TagView> residents) {
        return new ChangeDelta(residents, null, null);
    }

    /** The delta of a staff tag whose grant changed. */
    public static ChangeDelta ofStaff(DeviceSnapshot.StaffView staff) {
        return new ChangeDelta(null, List.of(staff), null);
    }

    /** The delta of a booking made. */
    public static ChangeDelta ofBooking(DeviceSnapshot.BookingView booking) {
        return new ChangeDelta(null, null, booking);
    }
}
