package se.bricka.backend.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything stored about one apartment (GDPR art. 15), as JSON for machines and as a PDF for people,
 * produced for one recorded request.
 *
 * @param request the request this extract answers
 * @param closures the closures of an object that cancelled one of the apartment's bookings
 * @param calendarFeed the apartment's calendar feed, or {@code null} when it has none
 * @param nameBoard the names on the name board, or {@code null} when there are none
 * @param accessLogReads every read of the access log that was filtered to the apartment or returned any
 *     of its events
 * @param extractRequests every recorded request for the apartment's extract, this one included
 * @param caretakerEvents caretakers' actions on the boards that name the apartment or a closure that
 *     cancelled one of its bookings
 */
public record RegisterExtract(
        Instant generatedAt,
        RequestPart request,
        ApartmentPart apartment,
        List<TagPart> tags,
        List<TagActionPart> tagActions,
        List<BookingPart> bookings,
        List<ClosurePart> closures,
        CalendarFeedPart calendarFeed,
        List<AccessEventPart> accessEvents,
        NameBoardPart nameBoard,
        List<LogReadPart> accessLogReads,
        List<RequestPart> extractRequests,
        List<CaretakerEventPart> caretakerEvents,
        List<ExtractTexts.Section> information) {

    /** The apartment. */
    public record ApartmentPart(long id, String label, String building) {}

    /** A request for the extract: who asked, how, when, the case, and who recorded it (by role). */
    public record RequestPart(
            String requestedBy,
            String channel,
            LocalDate receivedOn,
            String caseReference,
            Instant recordedAt,
            String recordedByRole) {}

    /** A tag, masked. */
    public record TagPart(String maskedUid, String status, Instant issuedAt, Instant blockedAt, String blockReason) {}

    /** A customer-service action on one of the apartment's tags. */
    public record TagActionPart(String maskedUid, String action, String reason, Instant at) {}

    /**
     * A booking.
     *
     * @param checkedInAt when the household opened the room's door during it; only within the 14 days
     *     access data is kept, {@code null} otherwise
     * @param closureId the closure that cancelled it, or {@code null}
     */
    public record BookingPart(
            String resource,
            LocalDate date,
            LocalTime start,
            LocalTime end,
            String status,
            Instant createdAt,
            Instant cancelledAt,
            Instant checkedInAt,
            Instant releasedAt,
            Long closureId) {}

    /** A closure that cancelled one of the apartment's bookings; times are local to the property. */
    public record ClosurePart(
            long id,
            String resource,
            LocalDateTime from,
            LocalDateTime until,
            String reason,
            Instant createdAt,
            Instant liftedAt) {}

    /** The calendar feed: that one exists, since when; never its secret address. */
    public record CalendarFeedPart(Instant createdAt) {}

    /** An access event still within the 14 days. */
    public record AccessEventPart(String door, Instant at, boolean granted, String reason) {}

    /** The name-board entry. */
    public record NameBoardPart(String names, Instant updatedAt) {}

    /**
     * A read of access events that concerned the apartment.
     *
     * @param caseReference the case read for, when the read was filtered to this apartment; {@code null}
     *     for a wider read (a door, a day), whose case is another's
     * @param rows how many of the apartment's events the read returned
     */
    public record LogReadPart(
            Instant at, String role, String purpose, String caseReference, String outcome, int rows) {}

    /** A caretaker's action on a board that names the apartment; other apartments' numbers masked. */
    public record CaretakerEventPart(Instant at, String kind, String detail) {}
}
