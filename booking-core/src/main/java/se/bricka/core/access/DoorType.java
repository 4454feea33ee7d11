package se.bricka.core.access;

/** What a door leads to; the type decides which rule opens it. */
public enum DoorType {
    ENTRANCE,
    BIKE_ROOM,
    STROLLER_ROOM,
    LAUNDRY_ROOM,
    COMMON_ROOM,
    OTHER;

    /** Laundry and common rooms open by booking, not by residence. */
    public boolean opensByBooking() {
        return this == LAUNDRY_ROOM || this == COMMON_ROOM;
    }
}
