package se.bricka.core.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * May this tag open this door at this instant? Decided on the device from its snapshot, with no
 * network call between the tap and the lock, and again by the backend when it needs to.
 *
 * <ul>
 *   <li>Staff tags open the doors their grant lists, in the grant's hours.
 *   <li>Residents' tags open entrances, bike and stroller rooms of the buildings the door serves, within
 *       the door's opening hours if it has any.
 *   <li>Laundry and common rooms open only for the apartment that holds the current slot: from
 *       {@code earlyEntry} before its start until {@code grace} after its end (to fetch the laundry).
 *       An opening inside the slot itself is the booking's check-in.
 *   <li>Unknown and blocked tags open nothing.
 * </ul>
 */
public final class AccessPolicy {

    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(30);

    private final ZoneId zone;
    private final Duration earlyEntry;
    private final Duration grace;

    public AccessPolicy(ZoneId zone, Duration earlyEntry, Duration grace) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.earlyEntry = requireNotNegative("early entry", earlyEntry);
        this.grace = requireNotNegative("grace", grace);
    }

    /** No early entry, 30 minutes' grace. */
    public AccessPolicy(ZoneId zone) {
        this(zone, Duration.ZERO, DEFAULT_GRACE);
    }

    public AccessDecision decide(Door door, String tagHash, Instant at, AccessSnapshot snapshot) {
        Optional<StaffGrant> staff = snapshot.staff(tagHash);
        if (staff.isPresent()) {
            return decideStaff(door, staff.get(), at);
        }
        Optional<ResidentTag> found = snapshot.resident(tagHash);
        if (found.isEmpty()) {
            return AccessDecision.of(AccessReason.UNKNOWN_TAG);
        }
        ResidentTag tag = found.get();
        if (tag.blocked()) {
            return AccessDecision.of(AccessReason.TAG_BLOCKED, tag.apartmentId());
        }
        if (!door.buildingIds().contains(tag.buildingId())) {
            return AccessDecision.of(AccessReason.OTHER_BUILDING, tag.apartmentId());
        }
        if (door.type().opensByBooking()) {
            return decideByBooking(door, tag, at, snapshot);
        }
        if (door.openingHours().isPresent() && !door.openingHours().get().contains(local(at))) {
            return AccessDecision.of(AccessReason.OUTSIDE_OPENING_HOURS, tag.apartmentId());
        }
        return AccessDecision.of(AccessReason.RESIDENT, tag.apartmentId());
    }

    private AccessDecision decideStaff(Door door, StaffGrant grant, Instant at) {
        if (grant.blocked()) {
            return AccessDecision.of(AccessReason.TAG_BLOCKED);
        }
        if (!grant.doorIds().contains(door.doorId())) {
            return AccessDecision.of(AccessReason.NOT_IN_GRANT);
        }
        if (!grant.hours().contains(local(at))) {
            return AccessDecision.of(AccessReason.OUTSIDE_GRANT_HOURS);
        }
        return AccessDecision.of(AccessReason.STAFF_GRANT);
    }

    private AccessDecision decideByBooking(Door door, ResidentTag tag, Instant at, AccessSnapshot snapshot) {
        for (BookedSlot booked : snapshot.bookings(door.resourceId().orElseThrow())) {
            if (booked.apartmentId() != tag.apartmentId()) {
                continue;
            }
            Instant opens = booked.slot().startsAt(zone).minus(earlyEntry);
            Instant ends = booked.slot().endsAt(zone);
            if (!at.isBefore(opens) && at.isBefore(ends.plus(grace))) {
                Optional<BookedSlot> checkIn = at.isBefore(ends) ? Optional.of(booked) : Optional.empty();
                return new AccessDecision(AccessReason.BOOKING, Optional.of(tag.apartmentId()), checkIn);
            }
        }
        return AccessDecision.of(AccessReason.NO_BOOKING_NOW, tag.apartmentId());
    }

    private LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, zone);
    }

    private static Duration requireNotNegative(String what, Duration duration) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + duration);
        }
        return duration;
    }
}
