package se.bricka.backend.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.web.Text;

/**
 * The days whose slots are counted, both included. Only past days: a slot of today may not have
 * happened yet, and a booking not yet due for release would count as neither used nor released.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** The period shown when none is chosen: the last 8 whole weeks. */
    public static final int DEFAULT_DAYS = 8 * 7;

    /** The longest period: two years, enough to compare one year with the next. */
    public static final int MAX_DAYS = 2 * 366;

    /** The last {@link #DEFAULT_DAYS} days before {@code today}. */
    public static StatisticsPeriod lastWeeks(LocalDate today) {
        return new StatisticsPeriod(today.minusDays(DEFAULT_DAYS), today.minusDays(1));
    }

    /**
     * The period chosen, checked against {@code today}.
     *
     * @throws ApiException 400 when {@code from} is after {@code to}, {@code to} is not before today or
     *     the period is longer than {@link #MAX_DAYS}
     */
    public static StatisticsPeriod checked(LocalDate from, LocalDate to, LocalDate today) {
        if (from.isAfter(to)) {
            throw ApiException.badRequest(Text.of("problem.statistics.fromAfterTo", from, to));
        }
        if (!to.isBefore(today)) {
            throw ApiException.badRequest(Text.of("problem.statistics.notPast", to, today));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_DAYS) {
            throw ApiException.badRequest(Text.of("problem.statistics.tooLong", days, MAX_DAYS));
        }
        return new StatisticsPeriod(from, to);
    }
}
