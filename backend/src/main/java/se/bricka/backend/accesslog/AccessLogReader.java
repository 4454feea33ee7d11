package se.bricka.backend.accesslog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.AccessEventRetention;
import se.bricka.core.privacy.LogPurpose;
import se.bricka.core.privacy.LogReadPolicy;

/**
 * The only way staff read access events. A read needs a role allowed by {@link LogReadPolicy}, one of
 * its purposes and a case reference; it never returns events past the 14-day limit; and every attempt,
 * allowed or refused, is written to the audit trail. An allowed read and its audit entry are one
 * transaction: no rows leave without their record.
 */
public final class AccessLogReader {

    /** The most rows one read returns. */
    public static final int MAX_ROWS = 100_000;

    /** The purpose an extract's read of the log is recorded with. */
    public static final String REGISTER_EXTRACT = "register-extract";

    private static final int MAX_CASE_REFERENCE = 200;

    private final Transactor transactor;
    private final LogReadPolicy policy;
    private final Clock clock;
    private final ZoneId zone;
    private final AccessEventRepository events = new AccessEventRepository();
    private final AuditRepository audit = new AuditRepository();

    public AccessLogReader(Transactor transactor, LogReadPolicy policy, Clock clock, ZoneId zone) {
        this.transactor = transactor;
        this.policy = policy;
        this.clock = clock;
        this.zone = zone;
    }

    /** The purposes {@code who} may choose from. */
    public List<LogPurpose> purposesFor(StaffAccount who) {
        return List.copyOf(policy.purposesFor(who.role()));
    }

    /**
     * Reads the log as {@code request} asks, or refuses with a problem; either way it is audited.
     *
     * @throws ApiException 403 for a role or purpose not allowed, 400 for missing or malformed input
     */
    public LogResult read(StaffAccount who, LogRequest request) {
        Instant now = clock.instant();
        Instant oldestKept = AccessEventRetention.oldestKept(now);
        String output = request.output() == null ? "page" : request.output();
        LogPurpose purpose;
        LogFilter filter;
        try {
            purpose = checkPurpose(who, request);
            filter = new LogFilter(
                            apartmentId(request.apartment()),
                            door(request.door()),
                            start(request.from(), oldestKept),
                            end(request.to(), now))
                    .within(oldestKept);
        } catch (ApiException refused) {
            recordRefusal(who, request, now, oldestKept, output);
            throw refused;
        }
        String caseReference = request.caseReference().strip();
        return transactor.inTransaction(connection -> {
            List<AccessEventRow> rows = events.find(connection, filter, oldestKept, MAX_ROWS);
            long auditId = audit.append(
                    connection,
                    auditEntry(now, who, purpose.code(), caseReference, filter, output, "ALLOWED", rows.size(), null));
            audit.appendApartments(connection, auditId, now, rowsByApartment(rows));
            return new LogResult(
                    now,
                    who.username(),
                    purpose,
                    caseReference,
                    filter,
                    blankToNull(request.apartment()),
                    rows,
                    events.labels(connection, rows));
        });
    }

    /**
     * The apartment's events still within the window, for the register extract produced for the
     * recorded request {@code requestId}; audited with the purpose {@code register-extract}, the
     * request's case reference and {@code output} ({@code extract-pdf} or {@code extract-json}).
     */
    public List<AccessEventRow> forRegisterExtract(
            StaffAccount who, long apartmentId, long requestId, String caseReference, String output) {
        Instant now = clock.instant();
        Instant oldestKept = AccessEventRetention.oldestKept(now);
        LogFilter filter = new LogFilter(apartmentId, null, oldestKept, now.plusSeconds(1));
        return transactor.inTransaction(connection -> {
            List<AccessEventRow> rows = events.find(connection, filter, oldestKept, MAX_ROWS);
            long auditId = audit.append(
                    connection,
                    auditEntry(
                            now,
                            who,
                            REGISTER_EXTRACT,
                            truncate(caseReference, MAX_CASE_REFERENCE),
                            filter,
                            output,
                            "ALLOWED",
                            rows.size(),
                            requestId));
            audit.appendApartments(connection, auditId, now, rowsByApartment(rows));
            return rows;
        });
    }

    /**
     * The audit trail's reads that concerned {@code apartmentId}, oldest first: filtered to it, or
     * returning any of its events.
     */
    public List<ApartmentRead> readsConcerning(long apartmentId) {
        return transactor.inTransaction(connection -> audit.concerning(connection, apartmentId));
    }

    /** How many of {@code rows} belong to each apartment; events without one are nobody's household. */
    private static Map<Long, Integer> rowsByApartment(List<AccessEventRow> rows) {
        Map<Long, Integer> counts = new HashMap<>();
        for (AccessEventRow row : rows) {
            if (row.apartmentId() != null) {
                counts.merge(row.apartmentId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private LogPurpose checkPurpose(StaffAccount who, LogRequest request) {
        if (policy.purposesFor(who.role()).isEmpty()) {
            throw StaffProblems.forbidden(
                    Text.of("problem.forbidden", Text.of("role." + who.role()), Text.of("action.READ_ACCESS_LOG")));
        }
        LogPurpose purpose;
        try {
            purpose = LogPurpose.fromCode(request.purpose());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(Text.of("problem.choosePurpose", allowed(who), request.purpose()));
        }
        if (!policy.purposesFor(who.role()).contains(purpose)) {
            throw StaffProblems.forbidden(
                    Text.of("problem.purposeNotForRole", Text.of("role." + who.role()), allowed(who), purpose.code()));
        }
        String reference = request.caseReference();
        if (reference == null || reference.isBlank()) {
            throw ApiException.badRequest(Text.of("problem.caseReferenceRequired"));
        }
        if (reference.strip().length() > MAX_CASE_REFERENCE) {
            throw ApiException.badRequest(Text.of("problem.caseReferenceTooLong", MAX_CASE_REFERENCE));
        }
        return purpose;
    }

    private String allowed(StaffAccount who) {
        return policy.purposesFor(who.role()).stream()
                .map(LogPurpose::code)
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private Long apartmentId(String label) {
        String cleaned = blankToNull(label);
        if (cleaned == null) {
            return null;
        }
        return transactor
                .inTransaction(connection -> events.apartmentByLabel(connection, cleaned))
                .orElseThrow(() -> ApiException.badRequest(Text.of("problem.noSingleApartment", cleaned)));
    }

    private static String door(String door) {
        String cleaned = blankToNull(door);
        if (cleaned != null && (cleaned.length() > 64 || !cleaned.matches("[A-Za-z0-9._:-]+"))) {
            throw ApiException.badRequest(Text.of("problem.badDoor", door));
        }
        return cleaned;
    }

    private Instant start(String from, Instant oldestKept) {
        LocalDate day = date("from", from);
        return day == null ? oldestKept : day.atStartOfDay(zone).toInstant();
    }

    private Instant end(String to, Instant now) {
        LocalDate day = date("to", to);
        return day == null
                ? now.plusSeconds(1)
                : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String name, String text) {
        String cleaned = blankToNull(text);
        if (cleaned == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(cleaned);
            if (date.getYear() < 2000 || date.getYear() > 2999) {
                throw ApiException.badRequest(Text.of("problem.dateNotRecent", name, text));
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(Text.of("problem.badDate", name, text));
        }
    }

    private void recordRefusal(StaffAccount who, LogRequest request, Instant now, Instant oldestKept, String output) {
        String purpose = request.purpose() == null || request.purpose().isBlank() ? "(none)" : request.purpose();
        String reference =
                request.caseReference() == null ? "" : request.caseReference().strip();
        transactor.inTransaction(connection -> {
            audit.append(
                    connection,
                    auditEntry(
                            now,
                            who,
                            truncate(purpose, 32),
                            truncate(reference, MAX_CASE_REFERENCE),
                            new LogFilter(null, null, oldestKept, now),
                            truncate(output, 16),
                            "REFUSED",
                            0,
                            null));
            return null;
        });
    }

    /** One line of the audit trail: who read, why, over which filter, with what outcome. */
    private static AuditEntry auditEntry(
            Instant at,
            StaffAccount who,
            String purpose,
            String caseReference,
            LogFilter filter,
            String output,
            String outcome,
            int rows,
            Long extractRequestId) {
        return new AuditEntry(
                at,
                who.id(),
                who.username(),
                who.role().name(),
                purpose,
                caseReference,
                filter.apartmentId(),
                filter.doorId(),
                filter.from(),
                filter.to(),
                output,
                outcome,
                rows,
                extractRequestId);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
