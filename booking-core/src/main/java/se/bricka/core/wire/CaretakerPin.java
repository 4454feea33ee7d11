package se.bricka.core.wire;

/**
 * A caretaker's current PIN as the board receives it: hashed with its salt, never the PIN itself.
 *
 * @param name how the caretaker is named in the maintenance mode and the records
 */
public record CaretakerPin(long caretakerId, String name, String salt, String hash, int iterations) {}
