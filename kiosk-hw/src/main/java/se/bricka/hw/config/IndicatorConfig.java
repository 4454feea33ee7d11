package se.bricka.hw.config;

import java.util.Optional;

/**
 * The indicator's LEDs and buzzer: GPIO pins (BCM), or none for a simulated indicator.
 *
 * @param pins the green, red and buzzer pins, or empty for a simulated indicator
 */
public record IndicatorConfig(Optional<Pins> pins) {

    public record Pins(int green, int red, int buzzer, boolean ledsActiveHigh, boolean buzzerActiveHigh) {}
}
