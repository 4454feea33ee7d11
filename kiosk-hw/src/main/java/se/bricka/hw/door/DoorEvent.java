package se.bricka.hw.door;

import java.time.Instant;
import java.util.Objects;

/** Something that happened at a door, as the door controller journals it. */
public record DoorEvent(String doorId, Kind kind, Instant at) {

    /** What happened. */
    public enum Kind {
        /** The door opened while the lock was released or after an exit request. */
        OPENED,
        /** The door opened with neither a grant nor an exit request: broken, pried or tailgated. */
        FORCED,
        /** The door has stood open longer than allowed. Sent once per opening. */
        HELD_OPEN,
        /** The door closed. */
        CLOSED,
        /** Someone pressed the exit button. */
        EXIT_REQUESTED
    }

    public DoorEvent {
        Objects.requireNonNull(doorId, "doorId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
