package se.bricka.hw.config;

import java.time.Duration;
import java.util.Optional;
import se.bricka.hw.door.DoorMonitorSettings;

/**
 * A door's lock, contact and exit button.
 *
 * @param relayPin the relay's GPIO pin (BCM); empty for a simulated lock
 * @param contactPin the door contact's pin; empty for a simulated contact
 * @param exitPin the exit button's pin; empty for a simulated button
 */
public record DoorConfig(
        String id,
        Optional<Integer> relayPin,
        boolean relayActiveHigh,
        Duration releaseTime,
        Optional<Integer> contactPin,
        boolean contactOpenHigh,
        Optional<Integer> exitPin,
        boolean exitPressedHigh,
        DoorMonitorSettings monitor) {}
