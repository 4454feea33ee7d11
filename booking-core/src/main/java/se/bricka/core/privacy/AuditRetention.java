package se.bricka.core.privacy;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long the audit trails (reads of the access log, staff actions on tags) are kept: two years, the
 * housing company's published limit, so a tenant's complaint about a read can still be followed up.
 * The database refuses to delete a younger entry; the purge removes an entry a day after it has
 * expired, so a purge running on a clock a little ahead of the database's never asks for a refused
 * delete.
 */
public final class AuditRetention {

    /** Every audit entry is kept at least this long. */
    public static final Duration LIMIT = Duration.ofDays(730);

    /** The purge waits this long past {@link #LIMIT} before it removes an entry. */
    public static final Duration PURGE_MARGIN = Duration.ofDays(1);

    private AuditRetention() {}

    /** Whether an entry written at {@code writtenAt} may be deleted at {@code now}. */
    public static boolean expired(Instant writtenAt, Instant now) {
        return writtenAt.isBefore(Objects.requireNonNull(now, "now").minus(LIMIT));
    }

    /** Entries written before this instant are removed by a purge running at {@code now}. */
    public static Instant purgeBefore(Instant now) {
        return Objects.requireNonNull(now, "now").minus(LIMIT).minus(PURGE_MARGIN);
    }
}
