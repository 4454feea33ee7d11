package se.bricka.kiosk.booking;

import java.util.Objects;
import java.util.UUID;
import se.bricka.core.wire.SlotView;

/**
 * A question the board asks before it acts: book this free slot, or cancel this booking of yours?
 *
 * @param apartmentId the household that was asked, so that a tag switched meanwhile cannot answer
 * @param attemptKey the idempotency key of this booking attempt, reused when "yes" is pressed again
 */
public record Confirmation(Action action, SlotView slot, long apartmentId, UUID attemptKey) {

    /** What "yes" does. */
    public enum Action {
        BOOK,
        CANCEL
    }

    public Confirmation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(attemptKey, "attemptKey");
    }
}
