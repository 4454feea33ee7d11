package se.bricka.kiosk.booking;

/** How a message to the tenant looks: good news, a "no" with its reason, or a fault. */
public enum MessageKind {
    SUCCESS,
    REFUSAL,
    ERROR
}
