package se.bricka.core.wire;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A change pushed to every connected device. Versions increase by one per change, so a device that
 * sees a gap knows it missed something and refetches.
 *
 * @param kind {@code booking-created} or {@code booking-cancelled}; or {@code tag-blocked},
 *     {@code tag-unblocked} or {@code tag-issued}, which carry no slot ({@code resourceId} 0, no date)
 *     and tell a device to refresh the tags it admits
 */
public record ChangeEvent(long version, String kind, long resourceId, LocalDate date, LocalTime start) {

    public static final String BOOKING_CREATED = "booking-created";
    public static final String BOOKING_CANCELLED = "booking-cancelled";
    public static final String TAG_BLOCKED = "tag-blocked";
    public static final String TAG_UNBLOCKED = "tag-unblocked";
    public static final String TAG_ISSUED = "tag-issued";
}
