package se.bricka.backend.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Period;
import java.util.Optional;
import se.bricka.core.booking.CancelPolicy;
import se.bricka.core.booking.QuotaRules;
import se.bricka.core.booking.ReleasePolicy;
import se.bricka.core.booking.RollingLimit;

/** Reads a quota group's columns, joined to a resource row; no group means the defaults. */
public final class QuotaGroupColumns {

    private QuotaGroupColumns() {}

    static Optional<Long> groupId(ResultSet row) throws SQLException {
        long id = row.getLong("quota_group_id");
        return row.wasNull() ? Optional.empty() : Optional.of(id);
    }

    static QuotaRules quota(ResultSet row) throws SQLException {
        if (groupId(row).isEmpty()) {
            return QuotaRules.defaults();
        }
        int rollingCount = row.getInt("rolling_count");
        Optional<RollingLimit> rolling = row.wasNull()
                ? Optional.empty()
                : Optional.of(new RollingLimit(rollingCount, row.getInt("rolling_days")));
        return new QuotaRules(
                row.getInt("max_future_bookings"),
                row.getInt("max_per_day"),
                rolling,
                Period.ofDays(row.getInt("horizon_days")));
    }

    static Optional<ReleasePolicy> release(ResultSet row) throws SQLException {
        if (groupId(row).isEmpty()) {
            return Optional.of(ReleasePolicy.defaults());
        }
        int minutes = row.getInt("check_in_minutes");
        return row.wasNull() ? Optional.empty() : Optional.of(new ReleasePolicy(Duration.ofMinutes(minutes)));
    }

    /** The group's cancel notice; {@link CancelPolicy#untilStart()} for an object without a group. */
    public static CancelPolicy cancel(ResultSet row) throws SQLException {
        int hours = row.getInt("cancel_hours_before");
        return row.wasNull() ? CancelPolicy.untilStart() : CancelPolicy.hoursBefore(hours);
    }
}
