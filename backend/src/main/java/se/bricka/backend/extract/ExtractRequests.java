package se.bricka.backend.extract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;
import se.bricka.backend.tags.Apartment;
import se.bricka.backend.tags.TagAdminService;
import se.bricka.backend.web.Text;

/**
 * Records tenants' requests for register extracts and finds them again. A request names who asked, how,
 * when and the case; it asks for no more about the person than that (an identity number is refused:
 * identity is checked by the channel, not stored).
 */
public final class ExtractRequests {

    /** The longest "requested by". */
    public static final int MAX_REQUESTED_BY = 100;

    /** The longest case reference. */
    public static final int MAX_CASE_REFERENCE = 200;

    /** How far back the day a request was received may lie: the month to answer, extended by two. */
    public static final int MAX_DAYS_BACK = 92;

    /** A Swedish personal or coordination number (ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN and the like). */
    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}\\s?[-+]?\\s?\\d{4}(?!\\d)");

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final Transactor transactor;
    private final TagAdminService apartments;
    private final Clock clock;
    private final ExtractRequestRepository repository = new ExtractRequestRepository();

    public ExtractRequests(Transactor transactor, TagAdminService apartments, Clock clock) {
        this.transactor = transactor;
        this.apartments = apartments;
        this.clock = clock;
    }

    /** A request as typed into the form, every field possibly missing or malformed. */
    public record Form(String requestedBy, String channel, String receivedOn, String caseReference) {}

    /**
     * Checks {@code form} and records it as a request for the extract of {@code apartmentId}.
     *
     * @throws ApiException 404 for an unknown apartment, 400 naming the first bad field
     */
    public ExtractRequest record(StaffAccount staff, long apartmentId, Form form) {
        Apartment apartment = apartments.apartment(apartmentId);
        Instant now = clock.instant();
        ExtractRequest request = new ExtractRequest(
                0,
                apartment.id(),
                requestedBy(form.requestedBy()),
                channel(form.channel()),
                receivedOn(form.receivedOn(), LocalDate.ofInstant(now, apartment.zone())),
                caseReference(form.caseReference()),
                staff.username(),
                staff.role().name(),
                now);
        long id = transactor.inTransaction(connection -> repository.insert(connection, request, staff.id()));
        return new ExtractRequest(
                id,
                request.apartmentId(),
                request.requestedBy(),
                request.channel(),
                request.receivedOn(),
                request.caseReference(),
                request.staffUsername(),
                request.staffRole(),
                request.recordedAt());
    }

    /**
     * The request {@code id}.
     *
     * @throws ApiException 404 when there is none
     */
    public ExtractRequest find(long id) {
        return transactor
                .inTransaction(connection -> repository.find(connection, id))
                .orElseThrow(() -> StaffProblems.notFound(Text.of("problem.noExtractRequest", id)));
    }

    /**
     * The request {@code id} if it can still produce its extract now.
     *
     * @throws ApiException 404 when there is none, 409 when it has closed
     */
    public ExtractRequest open(long id) {
        ExtractRequest request = find(id);
        if (!request.open(clock.instant())) {
            throw StaffProblems.conflict(Text.of("problem.extractRequestClosed", id, ExtractRequest.OPEN_FOR.toDays()));
        }
        return request;
    }

    /** Today where {@code apartment} is: the form's default for the day a request was received. */
    public LocalDate today(Apartment apartment) {
        return LocalDate.ofInstant(clock.instant(), apartment.zone());
    }

    /** Whether {@code request} can still produce its extract now. */
    public boolean isOpen(ExtractRequest request) {
        return request.open(clock.instant());
    }

    /** The apartment's requests, newest first. */
    public List<ExtractRequest> ofApartment(long apartmentId) {
        return transactor.inTransaction(connection -> repository.ofApartment(connection, apartmentId));
    }

    private static String requestedBy(String text) {
        String cleaned = printable("requestedBy", required(text, "problem.requestedByRequired"));
        if (cleaned.length() > MAX_REQUESTED_BY) {
            throw ApiException.badRequest(Text.of("problem.requestedByTooLong", MAX_REQUESTED_BY, cleaned.length()));
        }
        if (IDENTITY_NUMBER.matcher(cleaned).find()) {
            throw ApiException.badRequest(Text.of("problem.requestedByIdentityNumber"));
        }
        return cleaned;
    }

    private static ExtractChannel channel(String code) {
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(ExtractChannel.values())
                .filter(channel -> channel.name().equals(cleaned))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(Text.of(
                        "problem.badExtractChannel",
                        Arrays.stream(ExtractChannel.values()).map(Enum::name).collect(Collectors.joining(", ")),
                        code)));
    }

    private static LocalDate receivedOn(String text, LocalDate today) {
        String cleaned = required(text, "problem.receivedOnRequired");
        LocalDate day;
        try {
            day = LocalDate.parse(cleaned);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(Text.of("problem.badDate", "receivedOn", text));
        }
        if (day.isAfter(today) || day.isBefore(today.minusDays(MAX_DAYS_BACK))) {
            throw ApiException.badRequest(Text.of("problem.receivedOnOutOfRange", MAX_DAYS_BACK, text));
        }
        return day;
    }

    private static String caseReference(String text) {
        String cleaned = printable("caseReference", required(text, "problem.extractCaseReferenceRequired"));
        if (cleaned.length() > MAX_CASE_REFERENCE) {
            throw ApiException.badRequest(Text.of("problem.caseReferenceTooLong", MAX_CASE_REFERENCE));
        }
        return cleaned;
    }

    private static String printable(String field, String text) {
        if (CONTROL.matcher(text).find()) {
            throw ApiException.badRequest(Text.of("problem.controlCharacter", field));
        }
        return text;
    }

    private static String required(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest(Text.of(problem));
        }
        return text.strip();
    }
}
