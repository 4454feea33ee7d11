package se.bricka.core.wire;

import java.util.List;

/**
 * A caretaker's current PIN as the board receives it: hashed with its salt, never the PIN itself.
 *
 * @param name how the caretaker is named in the maintenance mode and the records
 * @param staffTagHashes the keyed hashes of the caretaker's active staff tags: a tap of one, then the
 *     PIN, opens the maintenance mode; empty when the caretaker has none
 */
public record CaretakerPin(
        long caretakerId, String name, String salt, String hash, int iterations, List<String> staffTagHashes) {

    public CaretakerPin {
        staffTagHashes = staffTagHashes == null ? List.of() : List.copyOf(staffTagHashes);
    }

    /** A caretaker without a staff tag. */
    public CaretakerPin(long caretakerId, String name, String salt, String hash, int iterations) {
        this(caretakerId, name, salt, hash, iterations, List.of());
    }
}
