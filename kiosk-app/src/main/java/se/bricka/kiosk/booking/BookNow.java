package se.bricka.kiosk.booking;

import java.util.Objects;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;

/** A tenant touched "book now" on the idle screen: after their tag, the board asks to book this slot. */
public record BookNow(ResourceSummary resource, SlotView slot) {

    public BookNow {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(slot, "slot");
    }
}
