package se.bricka.backend.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A tenant's request for the register extract of an apartment, as customer service recorded it. The
 * extract is produced only for such a request, and only while it is {@link #open}.
 *
 * @param requestedBy who asked, as the person gave it (a name, or "the tenant"); no identity number
 * @param receivedOn the day the request reached the housing company
 * @param staffRole the role of the person who recorded it
 */
public record ExtractRequest(
        long id,
        long apartmentId,
        String requestedBy,
        ExtractChannel channel,
        LocalDate receivedOn,
        String caseReference,
        String staffUsername,
        String staffRole,
        Instant recordedAt) {

    /**
     * How long after it was recorded a request can produce its extract: the month GDPR art. 12(3)
     * gives to answer. After that a new request must be recorded, so one request is not a standing
     * key to a household's data.
     */
    public static final Duration OPEN_FOR = Duration.ofDays(30);

    /** Whether the request can still produce its extract at {@code now}. */
    public boolean open(Instant now) {
        return now.isBefore(closesAt());
    }

    /** When the request stops producing its extract. */
    public Instant closesAt() {
        return recordedAt.plus(OPEN_FOR);
    }
}
