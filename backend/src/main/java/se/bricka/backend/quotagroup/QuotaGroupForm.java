package se.bricka.backend.quotagroup;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.web.Text;

/** Reads the quota-group form of the staff pages into a {@link QuotaGroupRequest}; blank means "not given". */
final class QuotaGroupForm {

    /** The form field names, equal to the JSON member names. */
    static final String PROPERTY = "propertyId";

    static final String NAME = "name";
    static final String MAX_FUTURE = "maxFutureBookings";
    static final String PER_DAY = "maxPerDay";
    static final String ROLLING_COUNT = "rollingCount";
    static final String ROLLING_DAYS = "rollingDays";
    static final String HORIZON = "horizonDays";
    static final String CHECK_IN = "checkInMinutes";
    static final String CANCEL = "cancelHoursBefore";
    static final String RESOURCES = "resourceIds";

    private QuotaGroupForm() {}

    static QuotaGroupRequest read(Context ctx) {
        List<Long> resources = new ArrayList<>();
        for (String value : ctx.formParams(RESOURCES)) {
            resources.add(number(RESOURCES, value).longValue());
        }
        Long property = number(PROPERTY, ctx.formParam(PROPERTY));
        return new QuotaGroupRequest(
                property,
                ctx.formParam(NAME),
                integer(ctx, MAX_FUTURE),
                integer(ctx, PER_DAY),
                integer(ctx, ROLLING_COUNT),
                integer(ctx, ROLLING_DAYS),
                integer(ctx, HORIZON),
                integer(ctx, CHECK_IN),
                integer(ctx, CANCEL),
                resources);
    }

    private static Integer integer(Context ctx, String field) {
        Long value = number(field, ctx.formParam(field));
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ApiException.badRequest(
                    Text.of("problem.quotaGroupOutOfRange", field, QuotaGroupSettings.named(field), value));
        }
        return value.intValue();
    }

    private static Long number(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(
                    Text.of("problem.quotaGroupNotWhole", field, QuotaGroupSettings.named(field), text));
        }
    }
}
