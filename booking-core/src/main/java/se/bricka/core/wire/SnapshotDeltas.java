package se.bricka.core.wire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies a pushed change to the access snapshot a device holds, giving the snapshot the backend would
 * serve at the change's version. Only the next version applies; a gap, an unknown kind or a change
 * that should carry a delta and does not gives empty, meaning "download the snapshot instead". The
 * result is not checked here: the device decodes it with {@link DeviceSnapshotCodec} before using it.
 */
public final class SnapshotDeltas {

    private SnapshotDeltas() {}

    /** The snapshot after {@code event}, or empty when the device must download it instead. */
    public static Optional<DeviceSnapshot> apply(DeviceSnapshot held, ChangeEvent event) {
        Objects.requireNonNull(held, "held");
        if (event == null || event.kind() == null || event.version() != held.version() + 1) {
            return Optional.empty();
        }
        ChangeDelta delta = event.delta();
        return switch (event.kind()) {
            case ChangeEvent.TAG_ISSUED, ChangeEvent.TAG_BLOCKED, ChangeEvent.TAG_UNBLOCKED ->
                delta == null || delta.residents() == null
                        ? Optional.empty()
                        : Optional.of(withResidents(held, event.version(), delta.residents()));
            case ChangeEvent.GRANT_CHANGED ->
                delta == null || delta.staff() == null
                        ? Optional.empty()
                        : withStaff(held, event.version(), delta.staff());
            case ChangeEvent.BOOKING_CREATED ->
                delta == null || delta.booking() == null
                        ? Optional.empty()
                        : Optional.of(withBooking(held, event.version(), delta.booking()));
            case ChangeEvent.BOOKING_CANCELLED, ChangeEvent.BOOKING_RELEASED ->
                event.date() == null || event.start() == null
                        ? Optional.empty()
                        : Optional.of(withoutBooking(held, event));
            // Closures cancel their bookings in changes of their own; PINs are not in the snapshot;
            // another property's change is only the version moving on.
            case ChangeEvent.RESOURCE_CLOSED,
                    ChangeEvent.RESOURCE_REOPENED,
                    ChangeEvent.CARETAKER_PINS_CHANGED,
                    ChangeEvent.ELSEWHERE ->
                Optional.of(with(held, event.version(), held.residents(), held.staff(), held.bookings()));
            default -> Optional.empty();
        };
    }

    /** Replaces tags by hash; a tag of a building none of the doors serves leaves (or stays out). */
    private static DeviceSnapshot withResidents(DeviceSnapshot held, long version, List<DeviceSnapshot.TagView> tags) {
        Set<Long> served = new HashSet<>();
        for (DeviceSnapshot.DoorView door : doors(held)) {
            if (door.buildingIds() != null) {
                served.addAll(door.buildingIds());
            }
        }
        List<DeviceSnapshot.TagView> kept = served.isEmpty()
                ? List.of()
                : tags.stream()
                        .filter(tag -> tag != null && served.contains(tag.buildingId()))
                        .toList();
        List<DeviceSnapshot.TagView> residents =
                replaced(held.residents(), tags, DeviceSnapshot.TagView::tagHash, kept);
        return with(held, version, residents, held.staff(), held.bookings());
    }

    /**
     * Replaces staff tags the device already holds, keeping only the grant's doors that are the
     * device's. A staff tag it does not hold may belong to another property: that needs a download.
     */
    private static Optional<DeviceSnapshot> withStaff(
            DeviceSnapshot held, long version, List<DeviceSnapshot.StaffView> changed) {
        Set<String> heldHashes = new HashSet<>();
        held.staff().forEach(staff -> heldHashes.add(staff.tagHash()));
        Set<String> doorIds = new HashSet<>();
        doors(held).forEach(door -> doorIds.add(door.doorId()));
        List<DeviceSnapshot.StaffView> kept = new ArrayList<>();
        for (DeviceSnapshot.StaffView staff : changed) {
            if (staff == null || staff.doorIds() == null || !heldHashes.contains(staff.tagHash())) {
                return Optional.empty();
            }
            List<String> doors =
                    staff.doorIds().stream().filter(doorIds::contains).sorted().toList();
            kept.add(new DeviceSnapshot.StaffView(
                    staff.tagHash(), staff.staffId(), doors, staff.hours(), staff.blocked()));
        }
        List<DeviceSnapshot.StaffView> staff = replaced(held.staff(), changed, DeviceSnapshot.StaffView::tagHash, kept);
        return Optional.of(with(held, version, held.residents(), staff, held.bookings()));
    }

    /**
     * Adds a booking of one of the device's rooms on a day the snapshot holds; a booking of another
     * room, or of a day outside the snapshot's days, changes nothing but the version (a download would
     * not hold it either).
     */
    private static DeviceSnapshot withBooking(DeviceSnapshot held, long version, DeviceSnapshot.BookingView booking) {
        boolean mine = doors(held).stream()
                        .anyMatch(door -> door.resourceId() != null && door.resourceId() == booking.resourceId())
                && (booking.date() == null || held.holdsBookingsOf(booking.date()));
        List<DeviceSnapshot.BookingView> bookings = new ArrayList<>(held.bookings());
        if (mine) {
            bookings.removeIf(b -> b.bookingId() == booking.bookingId());
            bookings.add(booking);
        }
        return with(held, version, held.residents(), held.staff(), bookings);
    }

    /** Removes the booking of the change's slot: a slot holds one active booking at most. */
    private static DeviceSnapshot withoutBooking(DeviceSnapshot held, ChangeEvent event) {
        List<DeviceSnapshot.BookingView> bookings = held.bookings().stream()
                .filter(b -> !(b.resourceId() == event.resourceId()
                        && event.date().equals(b.date())
                        && event.start().equals(b.start())))
                .toList();
        return with(held, event.version(), held.residents(), held.staff(), bookings);
    }

    private static <T> List<T> replaced(List<T> held, List<T> changed, Function<T, String> key, List<T> added) {
        Set<String> keys = new HashSet<>();
        for (T item : changed) {
            if (item != null) {
                keys.add(key.apply(item));
            }
        }
        List<T> result = new ArrayList<>(held.size() + added.size());
        for (T item : held) {
            if (!keys.contains(key.apply(item))) {
                result.add(item);
            }
        }
        result.addAll(added);
        return result;
    }

    private static List<DeviceSnapshot.DoorView> doors(DeviceSnapshot held) {
        return held.doors() == null ? List.of() : held.doors();
    }

    private static DeviceSnapshot with(
            DeviceSnapshot held,
            long version,
            List<DeviceSnapshot.TagView> residents,
            List<DeviceSnapshot.StaffView> staff,
            List<DeviceSnapshot.BookingView> bookings) {
        return new DeviceSnapshot(
                version,
                held.zone(),
                held.earlyEntryMinutes(),
                held.graceMinutes(),
                held.doors(),
                residents,
                staff,
                bookings,
                held.bookingsFrom(),
                held.bookingsUntil());
    }
}
