package se.bricka.core.booking;

/** How a slot looks to the household that is looking at it. */
public enum SlotState {
    /** Nobody holds it and it has not ended: it can be booked (for its remainder if it has started). */
    FREE,
    /** Another household holds it. Whose is never shown. */
    TAKEN,
    /** The viewing household holds it. */
    YOURS,
    /** It has ended. */
    PAST,
    /** Staff closed the object for a period that covers (part of) the slot: it cannot be booked. */
    CLOSED,
    /**
     * Its booking was released because the household did not check in in time: it has started, and
     * anyone may book its remainder, as with {@link #FREE}.
     */
    RELEASED
}
