package se.bricka.backend.booking;

/** The database refused a second live booking of a slot: another request won the race. */
final class SlotTakenException extends RuntimeException {

    SlotTakenException() {
        super("slot taken", null, false, false);
    }
}
