package se.bricka.core.booking;

/**
 * Why a request was refused. The {@link #code()} is stable: clients choose their sentence by it and the
 * backend builds the problem type from it.
 */
public enum Refusal {
    UNKNOWN_RESOURCE("unknown-resource"),
    UNKNOWN_SLOT("unknown-slot"),
    SLOT_IN_PAST("slot-in-past"),
    OUTSIDE_HORIZON("outside-horizon"),
    SLOT_TAKEN("slot-taken"),
    RESOURCE_CLOSED("resource-closed"),
    QUOTA_FUTURE_BOOKINGS("quota-future-bookings"),
    QUOTA_PER_DAY("quota-per-day"),
    QUOTA_ROLLING("quota-rolling"),
    UNKNOWN_TAG("unknown-tag"),
    TAG_BLOCKED("tag-blocked"),
    NOT_YOUR_BOOKING("not-your-booking"),
    UNKNOWN_BOOKING("unknown-booking"),
    /** The quota group's earliest cancel time has passed (by default: the slot has started). */
    CANCEL_TOO_LATE("cancel-too-late"),
    /** A check-in found no booking of the household that is running (or about to start) now. */
    NO_CURRENT_BOOKING("no-current-booking"),
    UNKNOWN_CLOSURE("unknown-closure");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Refusal fromCode(String code) {
        for (Refusal refusal : values()) {
            if (refusal.code.equals(code)) {
                return refusal;
            }
        }
        throw new IllegalArgumentException("unknown refusal code, was " + code);
    }
}
