package se.bricka.core.booking;

/** At most {@code count} bookings in any window of {@code days} consecutive days, such as 4 per 7 days. */
public record RollingLimit(int count, int days) {

    public RollingLimit {
        if (count < 1) {
            throw new IllegalArgumentException("a rolling limit must allow at least one booking, was " + count);
        }
        if (days < 1 || days > 366) {
            throw new IllegalArgumentException("a rolling window must be 1 to 366 days, was " + days);
        }
    }
}
