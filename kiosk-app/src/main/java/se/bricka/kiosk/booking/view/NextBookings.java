package se.bricka.kiosk.booking.view;

import se.bricka.core.booking.SlotState;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.SlotView;

/** A household's booking as a slot, so that its sentence is written like every other slot's. */
final class NextBookings {

    private NextBookings() {}

    static SlotView asSlot(ApartmentBooking booking) {
        return new SlotView(booking.date(), booking.start(), booking.end(), SlotState.YOURS, booking.bookingId());
    }
}
