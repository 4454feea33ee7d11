package se.bricka.backend.accesslog;

import java.time.Instant;

/**
 * One read of the access log, as the audit trail records it: by whom, when, why, what was asked and
 * how many rows were returned. Refused attempts are recorded too, with {@code outcome} REFUSED.
 *
 * @param output {@code page}, {@code csv}, {@code pdf}, or {@code extract-pdf}/{@code extract-json}
 *     (before V40 {@code extract})
 * @param extractRequestId the recorded extract request the read was made for, or {@code null}
 */
public record AuditEntry(
        Instant readAt,
        long staffId,
        String staffUsername,
        String staffRole,
        String purpose,
        String caseReference,
        Long apartmentId,
        String doorId,
        Instant windowFrom,
        Instant windowTo,
        String output,
        String outcome,
        int rowsReturned,
        Long extractRequestId) {}
