package se.bricka.core.wire;

import java.util.List;

/**
 * What a device learns about itself at start.
 *
 * @param tagKey the base64 key the device hashes tag UIDs with (see {@code TagHasher})
 * @param zone the property's time zone, such as {@code Europe/Stockholm}
 */
public record DeviceBootstrap(
        String deviceId, String propertyName, String zone, String tagKey, List<ResourceSummary> resources) {

    public DeviceBootstrap {
        resources = List.copyOf(resources);
    }
}
