package se.bricka.core.access;

import java.util.Objects;
import se.bricka.core.booking.Slot;

/** An active booking as a door needs it: which apartment holds which slot. */
public record BookedSlot(long bookingId, long apartmentId, Slot slot) {

    public BookedSlot {
        Objects.requireNonNull(slot, "slot");
    }
}
