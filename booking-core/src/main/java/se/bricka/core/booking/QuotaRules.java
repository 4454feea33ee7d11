package se.bricka.core.booking;

import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The limits a quota group puts on each household: objects in one group (two laundry rooms, say)
 * share them. Every limit has a default that suits a laundry room.
 *
 * @param maxFutureBookings bookings a household may hold at once that have not ended (default 2)
 * @param maxPerDay bookings a household may hold on one date (default 1)
 * @param rolling an optional limit over a rolling window, such as 4 per 7 days
 * @param horizon how far ahead a slot may be booked (default 4 weeks)
 */
public record QuotaRules(int maxFutureBookings, int maxPerDay, Optional<RollingLimit> rolling, Period horizon) {

    public static final int DEFAULT_MAX_FUTURE = 2;
    public static final int DEFAULT_MAX_PER_DAY = 1;
    public static final Period DEFAULT_HORIZON = Period.ofWeeks(4);

    public QuotaRules {
        if (maxFutureBookings < 1) {
            throw new IllegalArgumentException("max future bookings must be at least 1, was " + maxFutureBookings);
        }
        if (maxPerDay < 1) {
            throw new IllegalArgumentException("max bookings per day must be at least 1, was " + maxPerDay);
        }
        Objects.requireNonNull(rolling, "rolling");
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("booking horizon must be positive, was " + horizon);
        }
    }

    /** 2 future bookings, 1 a day, no rolling limit, 4 weeks ahead. */
    public static QuotaRules defaults() {
        return new QuotaRules(DEFAULT_MAX_FUTURE, DEFAULT_MAX_PER_DAY, Optional.empty(), DEFAULT_HORIZON);
    }

    /** No quota at all beyond the horizon: for callers that check quotas elsewhere. */
    public static QuotaRules horizonOnly(Period horizon) {
        return new QuotaRules(Integer.MAX_VALUE, Integer.MAX_VALUE, Optional.empty(), horizon);
    }
}
