package se.bricka.backend.quotagroup;

import java.util.List;

/**
 * A quota group to create or the new state of one, as staff send it (JSON body or form). Every rule
 * may be left out: {@link QuotaGroupSettings#of} fills in the default, except that a missing
 * {@code checkInMinutes} means bookings are never released.
 *
 * @param propertyId required when creating; when editing, absent or the group's own property
 */
public record QuotaGroupRequest(
        Long propertyId,
        String name,
        Integer maxFutureBookings,
        Integer maxPerDay,
        Integer rollingCount,
        Integer rollingDays,
        Integer horizonDays,
        Integer checkInMinutes,
        Integer cancelHoursBefore,
        List<Long> resourceIds) {}
