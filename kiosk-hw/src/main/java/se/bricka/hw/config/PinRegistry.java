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

    /** The Pi's header UART (TXD GPIO 14, RXD GPIO 15) under the names Raspberry Pi OS gives it. */
    private static final Set<String> HEADER_UARTS = Set.of("/dev/serial0", "/dev/ttyAMA0", "/dev/ttyS0");

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

    /** Claims GPIO 14 and 15 when {@code device} is the header UART (a USB adapter uses no GPIO). */
    void claimUart(String key, String device) {
        if (HEADER_UARTS.contains(device)) {
            for (int pin : Set.of(14, 15)) {
                owners.putIfAbsent(pin, key + "=" + device + " (the header UART uses GPIO " + pin + ")");
            }
        }
    }
}
