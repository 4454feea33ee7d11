package se.bricka.kiosk.booking;

import java.util.List;
import java.util.Optional;
import se.bricka.core.wire.ResourceSummary;
import se.bricka.core.wire.SlotView;

/**
 * One object's slots of today as anyone sees them (free, taken, closed, past; never whose), for the
 * idle screen.
 *
 * @param current the slot running now, or null when none is
 */
public record RoomDay(ResourceSummary resource, List<SlotView> slots, SlotView current) {

    public RoomDay {
        slots = List.copyOf(slots);
    }

    /** The running slot, if anyone may still book its remainder: the board offers "book now". */
    public Optional<SlotView> bookableNow() {
        if (current == null) {
            return Optional.empty();
        }
        return SlotChoice.isBookable(current.state()) ? Optional.of(current) : Optional.empty();
    }
}
