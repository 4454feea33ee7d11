package se.bricka.core.wire;

import java.time.Duration;
import java.time.Instant;

/**
 * What happened in a board's maintenance mode, reported to the backend.
 *
 * @param kind one of the constants below
 * @param caretakerId who did it; {@code null} for a wrong PIN or a lock-out, where nobody is known
 * @param detail a short machine-readable detail (such as the tool and its object), never a PIN
 * @param eventId the board's own id of the event (a UUID), so that a retried report is stored once;
 *     {@code null} from boards that do not send one
 */
public record CaretakerEventReport(String kind, Long caretakerId, String detail, Instant occurredAt, String eventId) {

    /**
     * How old an event may be when it reaches the backend: older ones are refused there, and a board
     * drops what it could not send in that time rather than keep a caretaker's actions longer.
     */
    public static final Duration MAX_AGE = Duration.ofDays(30);

    /** An event without an id, as older boards report it. */
    public CaretakerEventReport(String kind, Long caretakerId, String detail, Instant occurredAt) {
        this(kind, caretakerId, detail, occurredAt, null);
    }

    public static final String PIN_FAILED = "pin-failed";
    public static final String LOCKED_OUT = "locked-out";
    public static final String ENTERED = "entered";
    public static final String LEFT = "left";
    public static final String ACTION = "action";
}
