package se.bricka.hw.config;

import java.util.Objects;

/** Everything about a device's hardware, read from its configuration file. */
public record DeviceConfig(ReaderConfig reader, DoorConfig door, IndicatorConfig indicator) {

    public DeviceConfig {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(door, "door");
        Objects.requireNonNull(indicator, "indicator");
    }
}
