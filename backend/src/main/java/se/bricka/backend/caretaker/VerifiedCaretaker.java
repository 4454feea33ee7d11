package se.bricka.backend.caretaker;

/**
 * A caretaker the backend verified on a board (staff tag, then PIN): who a staff action from that
 * board is recorded under.
 *
 * @param staffTagId the staff tag that was tapped
 * @param staffRef the caretaker's number in the staff register
 */
public record VerifiedCaretaker(long caretakerId, String name, long staffTagId, long staffRef) {}
