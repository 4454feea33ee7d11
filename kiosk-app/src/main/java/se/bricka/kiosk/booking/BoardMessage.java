package se.bricka.kiosk.booking;

import java.util.Objects;
import se.bricka.core.wire.SlotView;

/**
 * One plain sentence for the tenant, by its resource-bundle key; the view turns it into words.
 *
 * @param slot the slot the sentence is about (its day and time fill the sentence), or {@code null}
 */
public record BoardMessage(MessageKind kind, String key, SlotView slot) {

    public BoardMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
    }

    static BoardMessage of(MessageKind kind, String key) {
        return new BoardMessage(kind, key, null);
    }
}
