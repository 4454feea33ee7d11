package se.bricka.core.wire;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.bricka.core.access.AccessPolicy;
import se.bricka.core.access.AccessSnapshot;
import se.bricka.core.access.BookedSlot;
import se.bricka.core.access.Door;
import se.bricka.core.access.DoorType;
import se.bricka.core.access.ResidentTag;
import se.bricka.core.access.StaffGrant;
import se.bricka.core.access.WeeklyHoursCodec;
import se.bricka.core.booking.Slot;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.tag.TagHasher;

/**
 * Turns a {@link DeviceSnapshot} into what {@link AccessPolicy} decides over, checking it whole first:
 * a snapshot with a missing list, a malformed hash, an unknown door type or an impossible slot is
 * refused with an {@link IllegalArgumentException} naming the bad value, so a garbled download never
 * replaces a good snapshot.
 */
public final class DeviceSnapshotCodec {

    private DeviceSnapshotCodec() {}

    /** The checked, indexed form of one snapshot. */
    public record Decoded(long version, AccessPolicy policy, Map<String, Door> doors, AccessSnapshot snapshot) {}

    /** Checks {@code wire} and indexes it; refuses anything inconsistent. */
    public static Decoded decode(DeviceSnapshot wire) {
        if (wire == null) {
            throw new IllegalArgumentException("the snapshot is empty");
        }
        if (wire.version() < 0) {
            throw new IllegalArgumentException("snapshot version must not be negative, was " + wire.version());
        }
        require(wire.doors(), "doors");
        require(wire.residents(), "residents");
        require(wire.staff(), "staff");
        require(wire.bookings(), "bookings");
        if (wire.bookingsFrom() != null
                && wire.bookingsUntil() != null
                && wire.bookingsFrom().isAfter(wire.bookingsUntil())) {
            throw new IllegalArgumentException("the snapshot's bookings run from " + wire.bookingsFrom()
                    + " to the earlier " + wire.bookingsUntil());
        }
        AccessPolicy policy = new AccessPolicy(
                zone(wire.zone()),
                minutes("earlyEntryMinutes", wire.earlyEntryMinutes()),
                minutes("graceMinutes", wire.graceMinutes()));
        Map<String, Door> doors = new HashMap<>();
        for (DeviceSnapshot.DoorView view : wire.doors()) {
            Door door = door(view);
            doors.put(door.doorId(), door);
        }
        List<ResidentTag> residents = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (DeviceSnapshot.TagView tag : wire.residents()) {
            residents.add(resident(tag, hashes));
        }
        List<StaffGrant> staff = new ArrayList<>();
        for (DeviceSnapshot.StaffView grant : wire.staff()) {
            staff.add(grant(grant, hashes));
        }
        Map<Long, List<BookedSlot>> bookings = new HashMap<>();
        for (DeviceSnapshot.BookingView booking : wire.bookings()) {
            bookings.computeIfAbsent(booking.resourceId(), id -> new ArrayList<>())
                    .add(booked(booking));
        }
        return new Decoded(
                wire.version(),
                policy,
                Map.copyOf(doors),
                new AccessSnapshot(wire.version(), residents, staff, bookings));
    }

    /** One resident tag, checked; {@code hashes} collects the hashes seen so far, to refuse a repeat. */
    static ResidentTag resident(DeviceSnapshot.TagView tag, Set<String> hashes) {
        if (tag == null) {
            throw new IllegalArgumentException("a resident tag is empty");
        }
        return new ResidentTag(hash(tag.tagHash(), hashes), tag.apartmentId(), tag.buildingId(), tag.blocked());
    }

    /** One staff tag's grant, checked as {@link #resident}. */
    static StaffGrant grant(DeviceSnapshot.StaffView grant, Set<String> hashes) {
        if (grant == null) {
            throw new IllegalArgumentException("a staff tag is empty");
        }
        return new StaffGrant(
                hash(grant.tagHash(), hashes),
                grant.staffId(),
                Set.copyOf(require(grant.doorIds(), "staff doorIds")),
                WeeklyHoursCodec.parse(grant.hours()),
                grant.blocked());
    }

    private static Door door(DeviceSnapshot.DoorView view) {
        if (view.doorId() == null || view.doorId().isBlank()) {
            throw new IllegalArgumentException("a door has no doorId");
        }
        DoorType type;
        try {
            type = DoorType.valueOf(String.valueOf(view.type()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "door " + view.doorId() + " has an unknown type '" + view.type() + "'", e);
        }
        return new Door(
                view.doorId(),
                type,
                Set.copyOf(require(view.buildingIds(), "door buildingIds")),
                Optional.ofNullable(view.resourceId()),
                Optional.ofNullable(view.openingHours()).map(WeeklyHoursCodec::parse));
    }

    static BookedSlot booked(DeviceSnapshot.BookingView view) {
        if (view == null) {
            throw new IllegalArgumentException("a booking is empty");
        }
        if (view.date() == null || view.start() == null || view.end() == null) {
            throw new IllegalArgumentException("booking " + view.bookingId() + " lacks its date or times");
        }
        return new BookedSlot(
                view.bookingId(),
                view.apartmentId(),
                new Slot(view.resourceId(), view.date(), new SlotTime(view.start(), view.end())));
    }

    static String hash(String tagHash, Set<String> seen) {
        if (!TagHasher.isHash(tagHash)) {
            throw new IllegalArgumentException("a tag hash must be 64 hexadecimal characters, was '" + tagHash + "'");
        }
        if (!seen.add(tagHash)) {
            throw new IllegalArgumentException("tag hash " + tagHash + " appears twice");
        }
        return tagHash;
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(String.valueOf(zone));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("the snapshot's zone is not a time zone: '" + zone + "'", e);
        }
    }

    private static Duration minutes(String name, int minutes) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new IllegalArgumentException(name + " must be 0–1440, was " + minutes);
        }
        return Duration.ofMinutes(minutes);
    }

    static <T> List<T> require(List<T> list, String name) {
        if (list == null) {
            throw new IllegalArgumentException("the snapshot lacks its " + name);
        }
        return list;
    }
}
