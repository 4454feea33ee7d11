package se.bricka.core.wire;

/** A new PIN for a caretaker: 6 to 12 digits. Sent once, stored only hashed. */
public record CaretakerPinChange(String pin) {}
