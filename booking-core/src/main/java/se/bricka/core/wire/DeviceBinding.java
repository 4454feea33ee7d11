package se.bricka.core.wire;

import java.util.List;

/**
 * What a panel is bound to: which device it is, its property, the doors it guards and the bookable
 * objects it shows.
 */
public record DeviceBinding(
        String deviceId,
        String deviceName,
        String propertyName,
        List<String> doorIds,
        List<ResourceSummary> resources) {

    public DeviceBinding {
        doorIds = List.copyOf(doorIds);
        resources = List.copyOf(resources);
    }
}
