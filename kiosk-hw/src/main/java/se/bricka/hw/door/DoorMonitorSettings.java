package se.bricka.hw.door;

import java.time.Duration;
import java.util.Objects;

/**
 * How a door is watched.
 *
 * @param heldOpenAfter how long the door may stand open before it counts as held open
 * @param exitGrace how long after an exit request an opening counts as an exit, for doors whose
 *     handle opens them from the inside without the lock
 * @param exitUnlocks whether the exit button releases the lock
 */
public record DoorMonitorSettings(Duration heldOpenAfter, Duration exitGrace, boolean exitUnlocks) {

    /** Held open after 30 s, exits honoured for 10 s, the exit button releases the lock. */
    public static final DoorMonitorSettings DEFAULT =
            new DoorMonitorSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), true);

    public DoorMonitorSettings {
        Objects.requireNonNull(heldOpenAfter, "heldOpenAfter");
        Objects.requireNonNull(exitGrace, "exitGrace");
        if (heldOpenAfter.isNegative() || heldOpenAfter.isZero()) {
            throw new IllegalArgumentException("held-open time must be positive, was " + heldOpenAfter);
        }
        if (exitGrace.isNegative()) {
            throw new IllegalArgumentException("exit grace must not be negative, was " + exitGrace);
        }
    }
}
