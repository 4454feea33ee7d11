package se.bricka.backend.quotagroup;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.web.Text;
import se.bricka.core.booking.QuotaRules;

/**
 * A checked {@link QuotaGroupRequest}: every value in range, defaults filled in. Anything out of
 * range is a 400 that names the field and the value, before anything is written.
 */
record QuotaGroupSettings(
        Optional<Long> propertyId,
        String name,
        int maxFutureBookings,
        int maxPerDay,
        Integer rollingCount,
        Integer rollingDays,
        int horizonDays,
        Integer checkInMinutes,
        int cancelHoursBefore,
        List<Long> resourceIds) {

    static final int MAX_NAME_LENGTH = 200;
    static final int DEFAULT_HORIZON_DAYS = 28;

    private record Range(String field, int min, int max) {
        int check(Integer value) {
            if (value < min || value > max) {
                throw ApiException.badRequest(Text.of("problem.quotaGroupRange", field, named(field), min, max, value));
            }
            return value;
        }
    }

    private static final Range MAX_FUTURE = new Range("maxFutureBookings", 1, 50);
    private static final Range PER_DAY = new Range("maxPerDay", 1, 20);
    private static final Range ROLLING_COUNT = new Range("rollingCount", 1, 100);
    private static final Range ROLLING_DAYS = new Range("rollingDays", 1, 366);
    private static final Range HORIZON = new Range("horizonDays", 1, 366);
    private static final Range CHECK_IN = new Range("checkInMinutes", 1, 600);
    private static final Range CANCEL = new Range("cancelHoursBefore", 0, 168);

    static QuotaGroupSettings of(QuotaGroupRequest request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest(Text.of("problem.quotaGroupName", MAX_NAME_LENGTH, name.length()));
        }
        if ((request.rollingCount() == null) != (request.rollingDays() == null)) {
            throw ApiException.badRequest(Text.of(
                    "problem.quotaGroupRollingPair", given(request.rollingCount()), given(request.rollingDays())));
        }
        List<Long> resources = request.resourceIds() == null ? List.of() : request.resourceIds();
        if (resources.stream().anyMatch(Objects::isNull)) {
            throw ApiException.badRequest(Text.of("problem.quotaGroupResourceIds", resources));
        }
        return new QuotaGroupSettings(
                Optional.ofNullable(request.propertyId()),
                name,
                MAX_FUTURE.check(orDefault(request.maxFutureBookings(), QuotaRules.DEFAULT_MAX_FUTURE)),
                PER_DAY.check(orDefault(request.maxPerDay(), QuotaRules.DEFAULT_MAX_PER_DAY)),
                request.rollingCount() == null ? null : ROLLING_COUNT.check(request.rollingCount()),
                request.rollingDays() == null ? null : ROLLING_DAYS.check(request.rollingDays()),
                HORIZON.check(orDefault(request.horizonDays(), DEFAULT_HORIZON_DAYS)),
                request.checkInMinutes() == null ? null : CHECK_IN.check(request.checkInMinutes()),
                CANCEL.check(orDefault(request.cancelHoursBefore(), 0)),
                List.copyOf(new LinkedHashSet<>(resources)));
    }

    /** The short name of form field {@code field} in the reader's language, for a refusal. */
    static Text named(String field) {
        return Text.of("quotaGroups.field." + field);
    }

    /** A value as a refusal shows it: a number, or "empty". */
    private static Object given(Integer value) {
        return value == null ? Text.of("quotaGroups.empty") : value;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** The group as stored under {@code id} in {@code property}. */
    QuotaGroup toGroup(long id, long property) {
        return new QuotaGroup(
                id,
                property,
                name,
                maxFutureBookings,
                maxPerDay,
                rollingCount,
                rollingDays,
                horizonDays,
                checkInMinutes,
                cancelHoursBefore,
                resourceIds);
    }
}
