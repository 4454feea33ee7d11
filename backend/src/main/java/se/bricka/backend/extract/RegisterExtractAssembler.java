package se.bricka.backend.extract;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.bricka.backend.accesslog.AccessLogReader;
import se.bricka.backend.accesslog.ApartmentRead;
import se.bricka.backend.extract.RegisterExtract.AccessEventPart;
import se.bricka.backend.extract.RegisterExtract.ApartmentPart;
import se.bricka.backend.extract.RegisterExtract.BookingPart;
import se.bricka.backend.extract.RegisterExtract.ClosurePart;
import se.bricka.backend.extract.RegisterExtract.LogReadPart;
import se.bricka.backend.extract.RegisterExtract.NameBoardPart;
import se.bricka.backend.extract.RegisterExtract.RequestPart;
import se.bricka.backend.extract.RegisterExtract.TagPart;
import se.bricka.backend.nameboard.NameBoardEntry;
import se.bricka.backend.nameboard.NameBoardService;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;
import se.bricka.backend.tags.Apartment;
import se.bricka.backend.tags.TagAdminService;
import se.bricka.backend.web.Messages;
import se.bricka.core.privacy.AccessEventRetention;

/**
 * Assembles the register extract of one apartment for one recorded request. It is the only class allowed
 * to read both the name board and the tag/booking/access data (checked by ArchUnit): the tenant's own
 * extract is the one place where both appear, side by side in separate sections, never joined row by row.
 */
public final class RegisterExtractAssembler {

    private final Transactor transactor;
    private final TagAdminService tags;
    private final AccessLogReader accessLog;
    private final NameBoardService nameBoard;
    private final ExtractRequests requests;
    private final Clock clock;
    private final ExtractRepository repository = new ExtractRepository();

    public RegisterExtractAssembler(
            Transactor transactor,
            TagAdminService tags,
            AccessLogReader accessLog,
            NameBoardService nameBoard,
            ExtractRequests requests,
            Clock clock) {
        this.transactor = transactor;
        this.tags = tags;
        this.accessLog = accessLog;
        this.nameBoard = nameBoard;
        this.requests = requests;
        this.clock = clock;
    }

    /**
     * The extract that answers {@code request}, produced by {@code staff} as {@code output}
     * ({@code extract-pdf} or {@code extract-json}), its fixed texts in the language of {@code messages};
     * the access-event part is audited under the request's case.
     */
    public RegisterExtract assemble(StaffAccount staff, ExtractRequest request, Messages messages, String output) {
        long apartmentId = request.apartmentId();
        Apartment apartment = tags.apartment(apartmentId);
        List<TagPart> tagParts = tags.tagsOf(apartmentId).stream()
                .map(t -> new TagPart(t.maskedUid(), t.status(), t.issuedAt(), t.blockedAt(), t.blockReason()))
                .toList();
        List<AccessEventPart> events =
                accessLog.forRegisterExtract(staff, apartmentId, request.id(), request.caseReference(), output).stream()
                        .map(e -> new AccessEventPart(e.doorId(), e.occurredAt(), e.granted(), e.reason()))
                        .toList();
        List<LogReadPart> reads = accessLog.readsConcerning(apartmentId).stream()
                .map(read -> readPart(read, apartmentId))
                .toList();
        List<RequestPart> requestParts = requests.ofApartment(apartmentId).stream()
                .map(RegisterExtractAssembler::requestPart)
                .toList();
        NameBoardEntry entry = nameBoard.entry(apartmentId);
        NameBoardPart names = entry.names() == null ? null : new NameBoardPart(entry.names(), entry.updatedAt());
        Instant now = clock.instant();
        return transactor.inTransaction(connection -> {
            List<BookingPart> bookings =
                    repository.bookings(connection, apartmentId, AccessEventRetention.oldestKept(now));
            List<ClosurePart> closures = repository.closuresThatCancelled(connection, apartmentId);
            Set<Long> closureIds = closures.stream().map(ClosurePart::id).collect(Collectors.toSet());
            return new RegisterExtract(
                    now,
                    requestPart(request),
                    new ApartmentPart(apartment.id(), apartment.label(), apartment.buildingName()),
                    tagParts,
                    repository.tagActions(connection, apartmentId),
                    bookings,
                    closures,
                    repository.calendarFeed(connection, apartmentId).orElse(null),
                    events,
                    names,
                    reads,
                    requestParts,
                    CaretakerEventFilter.naming(
                            repository.caretakerEventCandidates(connection, apartmentId, apartment.label()),
                            apartment.label(),
                            closureIds,
                            repository.neighbourLabels(connection, apartmentId)),
                    ExtractTexts.sections(messages));
        });
    }

    private static RequestPart requestPart(ExtractRequest request) {
        return new RequestPart(
                request.requestedBy(),
                request.channel().name(),
                request.receivedOn(),
                request.caseReference(),
                request.recordedAt(),
                request.staffRole());
    }

    /** A wider read's case reference is another case's: only a read filtered to this apartment shows it. */
    private static LogReadPart readPart(ApartmentRead read, long apartmentId) {
        boolean ownCase = Long.valueOf(apartmentId).equals(read.read().apartmentId());
        return new LogReadPart(
                read.read().readAt(),
                read.read().staffRole(),
                read.read().purpose(),
                ownCase ? read.read().caseReference() : null,
                read.read().outcome(),
                read.apartmentRows());
    }
}
