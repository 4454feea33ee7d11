package se.bricka.backend.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything stored about one apartment (GDPR art. 15), as JSON for machines and as a PDF for people.
 *
 * @param nameBoard the names on the name board, or {@code null} when there are none
 */
public record RegisterExtract(
        Instant generatedAt,
        ApartmentPart apartment,
        List<TagPart> tags,
        List<TagActionPart> tagActions,
        List<BookingPart> bookings,
        List<AccessEventPart> accessEvents,
        NameBoardPart nameBoard,
        List<LogReadPart> accessLogReads,
        List<ExtractTexts.Section> information) {

    /** The apartment. */
    public record ApartmentPart(long id, String label, String building) {}

    /** A tag, masked. */
    public record TagPart(String maskedUid, String status, Instant issuedAt, Instant blockedAt, String blockReason) {}

    /** A customer-service action on one of the apartment's tags. */
    public record TagActionPart(String maskedUid, String action, String reason, Instant at) {}

    /** A booking. */
    public record BookingPart(
            String resource,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String status,
            Instant createdAt,
            Instant cancelledAt) {}

    /** An access event still within the 14 days. */
    public record AccessEventPart(String door, Instant at, boolean granted, String reason) {}

    /** The name-board entry. */
    public record NameBoardPart(String names, Instant updatedAt) {}

    /** A read of access events that concerned the apartment. */
    public record LogReadPart(
            Instant at, String role, String purpose, String caseReference, String outcome, int rows) {}
}
