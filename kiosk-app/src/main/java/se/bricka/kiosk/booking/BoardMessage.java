package se.bricka.kiosk.booking;

import java.util.Objects;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.backend.RefusalDetails;

/**
 * One plain sentence for the tenant, by its resource-bundle key; the view turns it into words.
 *
 * @param slot the slot the sentence is about (its day and time fill the sentence), or {@code null}
 * @param details what a refusal said besides its reason (quota, closure end, horizon); never null
 */
public record BoardMessage(MessageKind kind, String key, SlotView slot, RefusalDetails details) {

    public BoardMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        details = details == null ? RefusalDetails.none() : details;
    }

    /** A sentence about {@code slot} without refusal details. */
    public BoardMessage(MessageKind kind, String key, SlotView slot) {
        this(kind, key, slot, RefusalDetails.none());
    }

    /** This sentence, about {@code aboutSlot}. */
    BoardMessage about(SlotView aboutSlot) {
        return new BoardMessage(kind, key, aboutSlot, details);
    }

    static BoardMessage of(MessageKind kind, String key) {
        return new BoardMessage(kind, key, null);
    }
}
