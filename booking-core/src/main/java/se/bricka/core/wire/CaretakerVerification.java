package se.bricka.core.wire;

/**
 * A board asks the backend to verify a caretaker: the hash of the staff tag tapped, then the PIN
 * typed. The backend checks both itself and answers with a {@link CaretakerSession}.
 */
public record CaretakerVerification(String staffTagHash, String pin) {}
