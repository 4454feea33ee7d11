package se.bricka.core.access;

/**
 * Why a door opened or stayed shut. The code is stable: it is stored with every access event. The last
 * three are not decisions of {@link AccessPolicy} but door events a device journals the same way.
 */
public enum AccessReason {
    RESIDENT("resident", true),
    BOOKING("booking", true),
    STAFF_GRANT("staff-grant", true),
    UNKNOWN_TAG("unknown-tag", false),
    TAG_BLOCKED("tag-blocked", false),
    OTHER_BUILDING("other-building", false),
    OUTSIDE_OPENING_HOURS("outside-opening-hours", false),
    NO_BOOKING_NOW("no-booking-now", false),
    NOT_IN_GRANT("not-in-grant", false),
    OUTSIDE_GRANT_HOURS("outside-grant-hours", false),
    /** Not a tap: the door opened with neither a grant nor an exit request (journaled by the device). */
    DOOR_FORCED("door-forced", false),
    /** Not a tap: the door stood open longer than allowed. */
    DOOR_HELD_OPEN("door-held-open", false),
    /** Not a tap: the door's reader stopped answering. */
    READER_FAULT("reader-fault", false);

    private final String code;
    private final boolean grants;

    AccessReason(String code, boolean grants) {
        this.code = code;
        this.grants = grants;
    }

    public String code() {
        return code;
    }

    public boolean grants() {
        return grants;
    }
}
