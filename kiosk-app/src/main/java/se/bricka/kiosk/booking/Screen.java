package se.bricka.kiosk.booking;

/** What the board shows. */
public enum Screen {
    /** Nobody is logged in: the clock and "hold your tag to the reader". */
    IDLE,
    /** A household's week of the laundry room. */
    WEEK
}
