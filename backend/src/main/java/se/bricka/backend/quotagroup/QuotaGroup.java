package se.bricka.backend.quotagroup;

import java.util.List;

/**
 * A quota group as staff see and edit it: the limits its objects share, and those objects.
 *
 * @param rollingCount with {@code rollingDays}: at most this many bookings in any window of that
 *     many days; both null when the group has no rolling limit
 * @param checkInMinutes an unused booking is released this long after the start; null: never
 * @param cancelHoursBefore a booking may be cancelled until this many hours before the start (0:
 *     until the start)
 * @param resourceIds the objects in the group, by id
 */
public record QuotaGroup(
        long id,
        long propertyId,
        String name,
        int maxFutureBookings,
        int maxPerDay,
        Integer rollingCount,
        Integer rollingDays,
        int horizonDays,
        Integer checkInMinutes,
        int cancelHoursBefore,
        List<Long> resourceIds) {

    public QuotaGroup {
        resourceIds = List.copyOf(resourceIds);
    }
}
