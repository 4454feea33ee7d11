package se.bricka.core.wire;

import java.time.Instant;

/**
 * What happened in a board's maintenance mode, reported to the backend.
 *
 * @param kind one of the constants below
 * @param caretakerId who did it; {@code null} for a wrong PIN or a lock-out, where nobody is known
 * @param detail a short machine-readable detail (such as the tool and its object), never a PIN
 */
public record CaretakerEventReport(String kind, Long caretakerId, String detail, Instant occurredAt) {

    public static final String PIN_FAILED = "pin-failed";
    public static final String LOCKED_OUT = "locked-out";
    public static final String ENTERED = "entered";
    public static final String LEFT = "left";
    public static final String ACTION = "action";
}
