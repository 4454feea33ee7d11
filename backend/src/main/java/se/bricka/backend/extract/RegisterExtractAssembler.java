package se.bricka.backend.extract;

import java.time.Clock;
import java.util.List;
import se.bricka.backend.accesslog.AccessLogReader;
import se.bricka.backend.extract.RegisterExtract.AccessEventPart;
import se.bricka.backend.extract.RegisterExtract.ApartmentPart;
import se.bricka.backend.extract.RegisterExtract.LogReadPart;
import se.bricka.backend.extract.RegisterExtract.NameBoardPart;
import se.bricka.backend.extract.RegisterExtract.TagPart;
import se.bricka.backend.nameboard.NameBoardEntry;
import se.bricka.backend.nameboard.NameBoardService;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;
import se.bricka.backend.tags.Apartment;
import se.bricka.backend.tags.TagAdminService;
import se.bricka.backend.web.Messages;

/**
 * Assembles the register extract of one apartment. It is the only class allowed to read both the
 * name board and the tag/booking/access data (checked by ArchUnit): the tenant's own extract is the one
 * place where both appear, side by side in separate sections, never joined row by row.
 */
public final class RegisterExtractAssembler {

    private final Transactor transactor;
    private final TagAdminService tags;
    private final AccessLogReader accessLog;
    private final NameBoardService nameBoard;
    private final Clock clock;
    private final ExtractRepository repository = new ExtractRepository();

    public RegisterExtractAssembler(
            Transactor transactor,
            TagAdminService tags,
            AccessLogReader accessLog,
            NameBoardService nameBoard,
            Clock clock) {
        this.transactor = transactor;
        this.tags = tags;
        this.accessLog = accessLog;
        this.nameBoard = nameBoard;
        this.clock = clock;
    }

    /**
     * The extract of {@code apartmentId}, produced by {@code staff}, its fixed texts in the language of
     * {@code messages}; the access-event part is audited.
     */
    public RegisterExtract assemble(StaffAccount staff, long apartmentId, Messages messages) {
        Apartment apartment = tags.apartment(apartmentId);
        List<TagPart> tagParts = tags.tagsOf(apartmentId).stream()
                .map(t -> new TagPart(t.maskedUid(), t.status(), t.issuedAt(), t.blockedAt(), t.blockReason()))
                .toList();
        List<AccessEventPart> events = accessLog.forRegisterExtract(staff, apartmentId).stream()
                .map(e -> new AccessEventPart(e.doorId(), e.occurredAt(), e.granted(), e.reason()))
                .toList();
        List<LogReadPart> reads = accessLog.readsConcerning(apartmentId).stream()
                .map(a -> new LogReadPart(
                        a.readAt(), a.staffRole(), a.purpose(), a.caseReference(), a.outcome(), a.rowsReturned()))
                .toList();
        NameBoardEntry entry = nameBoard.entry(apartmentId);
        NameBoardPart names = entry.names() == null ? null : new NameBoardPart(entry.names(), entry.updatedAt());
        return transactor.inTransaction(connection -> new RegisterExtract(
                clock.instant(),
                new ApartmentPart(apartment.id(), apartment.label(), apartment.buildingName()),
                tagParts,
                repository.tagActions(connection, apartmentId),
                repository.bookings(connection, apartmentId),
                events,
                names,
                reads,
                ExtractTexts.sections(messages)));
    }
}
