package se.bricka.core.booking;

/** How a slot looks to the household that is looking at it. */
public enum SlotState {
    /** Nobody holds it and it has not ended: it can be booked. */
    FREE,
    /** Another household holds it. Whose is never shown. */
    TAKEN,
    /** The viewing household holds it. */
    YOURS,
    /** It has ended. */
    PAST
}
