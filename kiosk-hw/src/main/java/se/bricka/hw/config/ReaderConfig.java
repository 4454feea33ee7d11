package se.bricka.hw.config;

import java.nio.file.Path;
import java.time.Duration;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.evdev.DeviceLocator;
import se.bricka.hw.reader.evdev.WedgeSettings;
import se.bricka.hw.reader.mfrc522.AntennaGain;

/** Which reader a device has, and how it is wired. */
public sealed interface ReaderConfig {

    /** The reader's name in logs and taps. */
    String id();

    /** No hardware: taps come from the demo window or tests. */
    record Simulated(String id) implements ReaderConfig {}

    /** An MFRC522 on SPI bus {@code bus}, chip select {@code chipSelect}. */
    record Mfrc522(String id, int bus, int chipSelect, int baud, AntennaGain gain, PollingSettings polling)
            implements ReaderConfig {}

    /** A PN532 on SPI bus {@code bus}, chip select {@code chipSelect}. */
    record Pn532(String id, int bus, int chipSelect, int baud, PollingSettings polling) implements ReaderConfig {}

    /** A PN532 on I2C bus {@code bus} at {@code address} (0x24 unless strapped otherwise). */
    record Pn532I2c(String id, int bus, int address, PollingSettings polling) implements ReaderConfig {}

    /** A PN532 on the serial port {@code device} (HSU), run at {@code baud}. */
    record Pn532Uart(String id, Path device, int baud, PollingSettings polling) implements ReaderConfig {}

    /**
     * A Wiegand reader on GPIO pins {@code d0Pin} and {@code d1Pin} (BCM numbers).
     *
     * @param lines how the edges are read: one kernel request, or Pi4J
     */
    record Wiegand(String id, int d0Pin, int d1Pin, Duration frameGap, Duration sameTapWindow, WiegandLines lines)
            implements ReaderConfig {}

    /** How a Wiegand reader's data lines are read. */
    sealed interface WiegandLines {

        /** The chip the reader's pins are on when none is named: the SoC's own, {@code pinctrl-…}. */
        String AUTO = "auto";

        /**
         * Both lines in one request on the GPIO chip's character device, with the kernel's time stamps.
         *
         * @param chip the chip's device file, or {@link #AUTO}
         */
        record Kernel(String chip) implements WiegandLines {}

        /** Each line through Pi4J's digital inputs, stamped when Pi4J hands the edge over. */
        record Pi4j() implements WiegandLines {}
    }

    /**
     * A USB keyboard-wedge reader read from its Linux input device and grabbed.
     *
     * @param device a fixed path, or a pattern the device's name matches
     * @param settings what the reader types, and how fast
     */
    record Evdev(String id, DeviceLocator device, WedgeSettings settings) implements ReaderConfig {}
}
