package se.bricka.backend.audit;

import java.time.Instant;

/**
 * One line of the audit page, from whichever trail it was written to.
 *
 * @param actor the user name, or the caretaker's name; {@code null} when nobody is known (a wrong PIN)
 * @param kind one of {@link AuditTrail#KINDS}
 * @param apartment the apartment's label, or {@code null}
 * @param subject what was acted on: a door, a tag action, a channel, a caretaker event's kind, a filter
 * @param detail more about it: the output of a read, a reason, a caretaker event's detail
 * @param rows rows returned or shown, or {@code null}
 * @param windowFrom the start of a log read's window, or {@code null}
 */
public record AuditLine(
        Instant at,
        String actor,
        String role,
        String kind,
        String apartment,
        String subject,
        String detail,
        String purpose,
        String caseReference,
        String outcome,
        Integer rows,
        Instant windowFrom,
        Instant windowTo) {}
