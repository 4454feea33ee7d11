package se.bricka.backend.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffAccount;

/**
 * The audit page's reads: every trail (reads of the access log, extracts produced, extract requests,
 * tag and staff-tag actions, caretakers' actions, looks at this page) by time, one page at a time. Each
 * look is itself recorded, in the same transaction: the page shows whose data was read and why.
 */
public final class AuditTrail {

    /** The kinds of line, in the order the page explains them. */
    public static final List<String> KINDS = List.of(
            "LOG_READ",
            "EXTRACT_READ",
            "EXTRACT_REQUEST",
            "TAG_ACTION",
            "STAFF_TAG_ACTION",
            "CARETAKER_EVENT",
            "AUDIT_READ");

    /** One page of lines, and whether another follows. */
    public record Page(AuditFilter filter, List<AuditLine> lines, boolean hasNext) {}

    private final Transactor transactor;
    private final Clock clock;
    private final ZoneId zone;
    private final AuditTrailRepository repository = new AuditTrailRepository();

    public AuditTrail(Transactor transactor, Clock clock, ZoneId zone) {
        this.transactor = transactor;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the property's zone, where a filter's days end by default. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The page {@code filter} asks for, read and recorded as read by {@code who}. */
    public Page read(StaffAccount who, AuditFilter filter) {
        Instant from = filter.from().atStartOfDay(zone).toInstant();
        Instant to = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        int offset = (filter.page() - 1) * AuditFilter.PAGE_SIZE;
        return transactor.inTransaction(connection -> {
            List<AuditLine> lines =
                    repository.lines(connection, from, to, filter.actor(), offset, AuditFilter.PAGE_SIZE + 1);
            boolean hasNext = lines.size() > AuditFilter.PAGE_SIZE;
            List<AuditLine> shown = hasNext ? lines.subList(0, AuditFilter.PAGE_SIZE) : lines;
            repository.recordRead(connection, who, clock.instant(), filter, shown.size());
            return new Page(filter, List.copyOf(shown), hasNext);
        });
    }
}
