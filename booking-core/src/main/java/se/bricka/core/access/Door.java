package se.bricka.core.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A door with a reader and a lock.
 *
 * @param buildingIds the buildings whose residents the door serves
 * @param resourceId the bookable object behind a laundry or common room door
 * @param openingHours when residents may open it; empty means at any hour
 */
public record Door(
        String doorId,
        DoorType type,
        Set<Long> buildingIds,
        Optional<Long> resourceId,
        Optional<WeeklyHours> openingHours) {

    public Door {
        Objects.requireNonNull(doorId, "doorId");
        Objects.requireNonNull(type, "type");
        buildingIds = Set.copyOf(buildingIds);
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(openingHours, "openingHours");
        if (type.opensByBooking() && resourceId.isEmpty()) {
            throw new IllegalArgumentException("door " + doorId + " is a " + type + " and needs its bookable object");
        }
    }
}
