package se.bricka.hw.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Hands out GPIO pins (BCM numbers) and refuses a pin claimed twice, naming both keys. */
final class PinRegistry {

    static final int HIGHEST_PIN = 27;

    private static final Map<Integer, Set<Integer>> SPI_PINS = Map.of(
            0, Set.of(7, 8, 9, 10, 11),
            1, Set.of(16, 17, 18, 19, 20, 21));

    private static final Map<Integer, Set<Integer>> I2C_PINS = Map.of(0, Set.of(0, 1), 1, Set.of(2, 3));

    private final Map<Integer, String> owners = new LinkedHashMap<>();

    void claim(String key, int pin) {
        String owner = owners.putIfAbsent(pin, key);
        if (owner != null) {
            throw new ConfigException(key, key + "=" + pin + " is already used by " + owner);
        }
    }

    /** Claims the pins an I2C bus runs on, where the bus's pins are known. */
    void claimI2cBus(String key, int bus) {
        for (int pin : I2C_PINS.getOrDefault(bus, Set.of())) {
            owners.putIfAbsent(pin, key + "=" + bus + " (I2C" + bus + " uses GPIO " + pin + ")");
        }
    }

    /** Claims the pins an SPI bus runs on, where the bus's pins are known. */
    void claimSpiBus(String key, int bus) {
        for (int pin : SPI_PINS.getOrDefault(bus, Set.of())) {
            owners.putIfAbsent(pin, key + "=" + bus + " (SPI" + bus + " uses GPIO " + pin + ")");
        }
    }
}
