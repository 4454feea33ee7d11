package se.bricka.core.wire;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.bricka.core.access.AccessSnapshot;
import se.bricka.core.access.BookedSlot;
import se.bricka.core.access.ResidentTag;
import se.bricka.core.access.StaffGrant;

/**
 * The snapshot a device holds, in both forms kept in step: the wire form it saves and applies deltas
 * to, and the checked form its doors decide by. A whole snapshot is checked once, when it is taken;
 * a pushed change afterwards is checked only in what it touches (the tags, grant or booking it
 * carries) and the rest of the checked form is shared with the previous version. That keeps a block
 * reaching the doors in microseconds however many tags the device holds.
 *
 * @param wire the snapshot as the backend serves it, at {@code decoded}'s version
 * @param decoded the same snapshot, checked and indexed
 */
public record HeldSnapshot(DeviceSnapshot wire, DeviceSnapshotCodec.Decoded decoded) {

    public HeldSnapshot {
        Objects.requireNonNull(wire, "wire");
        Objects.requireNonNull(decoded, "decoded");
    }

    /** Checks {@code wire} whole; an {@link IllegalArgumentException} names what is wrong with it. */
    public static HeldSnapshot of(DeviceSnapshot wire) {
        return new HeldSnapshot(wire, DeviceSnapshotCodec.decode(wire));
    }

    public long version() {
        return decoded.version();
    }

    /**
     * The snapshot after {@code event}: empty when the device must download instead (see {@link
     * SnapshotDeltas#apply}); an {@link IllegalArgumentException} when the change's items do not check
     * out, in which case nothing held has changed.
     */
    public Optional<HeldSnapshot> next(ChangeEvent event) {
        Optional<DeviceSnapshot> applied = SnapshotDeltas.apply(wire, event);
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        DeviceSnapshot next = applied.get();
        AccessSnapshot checked = switch (event.kind()) {
            case ChangeEvent.TAG_ISSUED, ChangeEvent.TAG_BLOCKED, ChangeEvent.TAG_UNBLOCKED ->
                withResidents(next, event.delta().residents());
            case ChangeEvent.GRANT_CHANGED -> withStaff(next, event.delta().staff());
            case ChangeEvent.BOOKING_CREATED -> withBooking(next, event.delta().booking());
            case ChangeEvent.BOOKING_CANCELLED, ChangeEvent.BOOKING_RELEASED ->
                withBookingsOf(next, event.resourceId());
            default -> decoded.snapshot().atVersion(next.version());
        };
        return Optional.of(new HeldSnapshot(
                next, new DeviceSnapshotCodec.Decoded(next.version(), decoded.policy(), decoded.doors(), checked)));
    }

    /** Checks the tags the change carries that the device keeps, and swaps them in by hash. */
    private AccessSnapshot withResidents(DeviceSnapshot next, List<DeviceSnapshot.TagView> changed) {
        Set<String> replaced = hashesOf(
                changed.stream().map(tag -> tag == null ? null : tag.tagHash()).toList());
        Set<String> seen = new HashSet<>();
        List<ResidentTag> added = new ArrayList<>();
        for (DeviceSnapshot.TagView tag : next.residents()) {
            if (tag == null || replaced.contains(tag.tagHash())) {
                ResidentTag resident = DeviceSnapshotCodec.resident(tag, seen);
                requireNotStaff(resident.tagHash());
                added.add(resident);
            }
        }
        return decoded.snapshot().withResidents(next.version(), replaced, added);
    }

    private AccessSnapshot withStaff(DeviceSnapshot next, List<DeviceSnapshot.StaffView> changed) {
        Set<String> replaced = hashesOf(changed.stream()
                .map(staff -> staff == null ? null : staff.tagHash())
                .toList());
        Set<String> seen = new HashSet<>();
        List<StaffGrant> added = new ArrayList<>();
        for (DeviceSnapshot.StaffView staff : next.staff()) {
            if (staff == null || replaced.contains(staff.tagHash())) {
                StaffGrant grant = DeviceSnapshotCodec.grant(staff, seen);
                if (decoded.snapshot().resident(grant.tagHash()).isPresent()) {
                    throw new IllegalArgumentException("tag hash " + grant.tagHash() + " appears twice");
                }
                added.add(grant);
            }
        }
        return decoded.snapshot().withStaff(next.version(), replaced, added);
    }

    /** Checks the booking made (when it is of one of the device's rooms) and puts it in its room's list. */
    private AccessSnapshot withBooking(DeviceSnapshot next, DeviceSnapshot.BookingView booking) {
        boolean kept = next.bookings().contains(booking);
        if (!kept) {
            return decoded.snapshot().atVersion(next.version());
        }
        BookedSlot made = DeviceSnapshotCodec.booked(booking);
        List<BookedSlot> bookings = new ArrayList<>(decoded.snapshot().bookings(booking.resourceId()));
        bookings.removeIf(b -> b.bookingId() == made.bookingId());
        bookings.add(made);
        return decoded.snapshot().withBookings(next.version(), booking.resourceId(), bookings);
    }

    /** A cancelled or released slot: the room's list as the wire form now has it, each entry already checked. */
    private AccessSnapshot withBookingsOf(DeviceSnapshot next, long resourceId) {
        Set<Long> left = new HashSet<>();
        for (DeviceSnapshot.BookingView booking : next.bookings()) {
            if (booking.resourceId() == resourceId) {
                left.add(booking.bookingId());
            }
        }
        List<BookedSlot> bookings = decoded.snapshot().bookings(resourceId).stream()
                .filter(b -> left.contains(b.bookingId()))
                .toList();
        return decoded.snapshot().withBookings(next.version(), resourceId, bookings);
    }

    private void requireNotStaff(String tagHash) {
        if (decoded.snapshot().staff(tagHash).isPresent()) {
            throw new IllegalArgumentException("tag hash " + tagHash + " appears twice");
        }
    }

    private static Set<String> hashesOf(List<String> hashes) {
        Set<String> set = new HashSet<>();
        for (String hash : hashes) {
            if (hash != null) {
                set.add(hash);
            }
        }
        return set;
    }
}
