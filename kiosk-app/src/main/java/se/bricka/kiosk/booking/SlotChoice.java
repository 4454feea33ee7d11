package se.bricka.kiosk.booking;

import se.bricka.core.booking.SlotState;

/** What a touch on a slot means, by the slot's state. */
final class SlotChoice {

    private SlotChoice() {}

    /** Whether a touch offers to book the slot: a free one, or one whose booking was released. */
    static boolean isBookable(SlotState slotState) {
        return slotState == SlotState.FREE || slotState == SlotState.RELEASED;
    }

    /** The sentence that explains why a slot cannot be booked. */
    static String unbookableKey(SlotState slotState) {
        return switch (slotState) {
            case TAKEN -> MessageKeys.SLOT_TAKEN;
            case CLOSED -> MessageKeys.SLOT_CLOSED;
            default -> MessageKeys.SLOT_PAST;
        };
    }
}
