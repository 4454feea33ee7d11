package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * A change pushed to every connected device. Versions increase by one per change, so a device that
 * sees a gap knows it missed something and refetches.
 *
 * @param kind {@code booking-created}, {@code booking-cancelled}, {@code booking-released} (unused, the
 *     rest of the slot is free), {@code resource-closed} or {@code resource-reopened} (date and start
 *     are then the first slot-time of the change in a week; one event per week concerned),
 *     {@code quota-rules-changed}; or {@code tag-blocked}, {@code tag-unblocked}, {@code tag-issued},
 *     {@code grant-changed}, {@code doors-changed} or {@code caretaker-pins-changed}, which concern no
 *     slot ({@link #concernsSlot()} false): their {@code resourceId}, date and start mean nothing here
 *     and are left out on the wire
 * @param delta what the change did to access snapshots, for a device to apply without a download;
 *     {@code null} when the change needs none ({@code booking-cancelled} names its slot) or carries
 *     none, in which case a device downloads its snapshot
 */
public record ChangeEvent(
        long version, String kind, long resourceId, LocalDate date, LocalTime start, ChangeDelta delta) {

    /** The kinds whose {@code resourceId}, date and start name a slot (or a week) of an object. */
    private static final Set<String> SLOT_KINDS = Set.of(
            "booking-created",
            "booking-cancelled",
            "booking-released",
            "resource-closed",
            "resource-reopened",
            "quota-rules-changed");

    /** Whether this change concerns a slot or week of an object, named by resourceId, date and start. */
    public boolean concernsSlot() {
        return SLOT_KINDS.contains(kind);
    }

    /** A change that carries no delta. */
    public ChangeEvent(long version, String kind, long resourceId, LocalDate date, LocalTime start) {
        this(version, kind, resourceId, date, start, null);
    }

    public static final String BOOKING_CREATED = "booking-created";
    public static final String BOOKING_CANCELLED = "booking-cancelled";
    public static final String BOOKING_RELEASED = "booking-released";
    public static final String RESOURCE_CLOSED = "resource-closed";
    public static final String RESOURCE_REOPENED = "resource-reopened";
    public static final String TAG_BLOCKED = "tag-blocked";
    public static final String TAG_UNBLOCKED = "tag-unblocked";
    public static final String TAG_ISSUED = "tag-issued";
    public static final String GRANT_CHANGED = "grant-changed";
    /** The doors a device guards changed: devices download their snapshot (no delta is carried). */
    public static final String DOORS_CHANGED = "doors-changed";

    /**
     * Staff changed the booking rules of the object's quota group, or moved it to another group: one
     * event per week from this week to the end of the horizon (date: that week's Monday), so a board
     * showing the week fetches it again with the new quota.
     */
    public static final String QUOTA_RULES_CHANGED = "quota-rules-changed";

    /** The caretaker PINs of a property changed: boards fetch them again (resource and date are filler). */
    public static final String CARETAKER_PINS_CHANGED = "caretaker-pins-changed";

    /**
     * A change of another property: only the version moves on (no resource, date or delta), so that a
     * device's versions stay without a gap while it learns nothing of other properties.
     */
    public static final String ELSEWHERE = "elsewhere";

    /**
     * The stream cannot replay what the device missed (its {@code Last-Event-ID} is older than the
     * change log keeps): the device downloads its snapshot and fetches what it shows again; the
     * version is the one the stream continues from.
     */
    public static final String RESYNC = "resync";
}
