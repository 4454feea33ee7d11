package se.bricka.hw.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.DoorMonitorSettings;
import se.bricka.hw.reader.PollingSettings;
import se.bricka.hw.reader.WedgeFormat;
import se.bricka.hw.reader.evdev.DeviceLocator;
import se.bricka.hw.reader.evdev.EvdevTagReader;
import se.bricka.hw.reader.evdev.WedgeSettings;
import se.bricka.hw.reader.mfrc522.AntennaGain;
import se.bricka.hw.reader.pn532.Pn532Reader;

/**
 * Reads a device's hardware from a {@code .properties} file and refuses, at start, anything it
 * cannot use: an unknown key or reader type, a pin used twice or inside the reader's SPI bus, a
 * missing bus, a value that is not a number. The message names the key and the value. See {@code
 * src/test/resources/config/laundry-door.properties} for every key.
 */
public final class DeviceConfigLoader {

    private static final Set<String> KNOWN_KEYS = Set.of(
            "reader.type",
            "reader.id",
            "reader.poll-interval-ms",
            "reader.misses-before-lifted",
            "reader.faulty-frames-before-fault",
            "reader.spi-bus",
            "reader.spi-chip-select",
            "reader.spi-baud",
            "reader.antenna-gain-db",
            "reader.pn532-link",
            "reader.i2c-bus",
            "reader.i2c-address",
            "reader.uart-device",
            "reader.uart-baud",
            "reader.wiegand-d0-pin",
            "reader.wiegand-d1-pin",
            "reader.wiegand-frame-gap-ms",
            "reader.wiegand-same-tap-ms",
            "reader.wiegand-gpio",
            "reader.wiegand-chip",
            "reader.evdev-device",
            "reader.evdev-match",
            "reader.evdev-format",
            "reader.evdev-max-key-gap-ms",
            "reader.evdev-same-tap-ms",
            "door.type",
            "door.id",
            "door.relay-pin",
            "door.relay-active-high",
            "door.release-seconds",
            "door.contact-pin",
            "door.contact-open-level",
            "door.exit-pin",
            "door.exit-pressed-level",
            "door.held-open-seconds",
            "door.exit-grace-seconds",
            "door.exit-unlocks",
            "indicator.type",
            "indicator.green-pin",
            "indicator.red-pin",
            "indicator.buzzer-pin",
            "indicator.leds-active-high",
            "indicator.buzzer-active-high");

    private static final Map<String, Boolean> LEVELS = Map.of("high", true, "low", false);
    private static final Map<String, Boolean> GPIO_OR_SIMULATED = Map.of("gpio", true, "simulated", false);

    private DeviceConfigLoader() {}

    /** Reads and checks the file at {@code path}. */
    public static DeviceConfig load(Path path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read device configuration " + path, e);
        }
        return parse(properties);
    }

    /** Checks {@code properties} and turns them into a configuration. */
    public static DeviceConfig parse(Properties properties) {
        ConfigValues values = new ConfigValues(properties);
        for (String key : values.keys()) {
            if (!KNOWN_KEYS.contains(key)) {
                throw new ConfigException(key, "unknown key '" + key + "' in the device configuration");
            }
        }
        PinRegistry pins = new PinRegistry();
        ReaderConfig reader = reader(values, pins);
        DoorConfig door = door(values, pins);
        IndicatorConfig indicator = indicator(values, pins);
        refuseUnused(values);
        return new DeviceConfig(reader, door, indicator);
    }

    /**
     * A key the chosen types never read is a mistake, not a harmless extra: {@code door.relay-pin}
     * without {@code door.type = gpio} would leave a real door on a simulated lock, never opening.
     */
    private static void refuseUnused(ConfigValues values) {
        for (String key : values.unconsulted()) {
            String group = key.substring(0, key.indexOf('.'));
            String typeKey = group + ".type";
            String type = values.text(typeKey, "simulated");
            String link = "";
            if (type.equalsIgnoreCase("pn532")) {
                link = " and reader.pn532-link = " + values.text("reader.pn532-link", "spi");
            } else if (type.equalsIgnoreCase("wiegand")) {
                link = " and reader.wiegand-gpio = " + values.text("reader.wiegand-gpio", "kernel");
            }
            throw new ConfigException(
                    key,
                    key + " = " + values.text(key, "") + " is not used with " + typeKey + " = " + type + link
                            + ": set the type it belongs to, or remove it");
        }
    }

    private static ReaderConfig reader(ConfigValues values, PinRegistry pins) {
        String type = values.choice(
                "reader.type",
                Map.of(
                        "simulated",
                        "simulated",
                        "mfrc522",
                        "mfrc522",
                        "pn532",
                        "pn532",
                        "wiegand",
                        "wiegand",
                        "evdev",
                        "evdev"),
                "simulated");
        String id = values.text("reader.id", "reader-1");
        return switch (type) {
            case "mfrc522" ->
                new ReaderConfig.Mfrc522(
                        id,
                        spiBus(values, pins),
                        values.requiredInt("reader.spi-chip-select", 0, 2),
                        spiBaud(values),
                        values.parsed(
                                "reader.antenna-gain-db", "48", text -> AntennaGain.ofDecibels(Integer.parseInt(text))),
                        polling(values));
            case "pn532" -> pn532(values, pins, id);
            case "wiegand" ->
                new ReaderConfig.Wiegand(
                        id,
                        pin(values, pins, "reader.wiegand-d0-pin"),
                        pin(values, pins, "reader.wiegand-d1-pin"),
                        values.millis("reader.wiegand-frame-gap-ms", 5, 500, 25),
                        values.millis("reader.wiegand-same-tap-ms", 0, 10_000, 1_000),
                        wiegandLines(values));
            case "evdev" -> new ReaderConfig.Evdev(id, inputDevice(values), wedgeSettings(values));
            default -> new ReaderConfig.Simulated(id);
        };
    }

    /** The kernel's line request unless told otherwise; a chip named must be a device path. */
    private static ReaderConfig.WiegandLines wiegandLines(ConfigValues values) {
        boolean kernel = values.choice("reader.wiegand-gpio", Map.of("kernel", true, "pi4j", false), "kernel");
        if (!kernel) {
            return new ReaderConfig.WiegandLines.Pi4j();
        }
        String key = "reader.wiegand-chip";
        String chip = values.text(key, ReaderConfig.WiegandLines.AUTO);
        if (!chip.equals(ReaderConfig.WiegandLines.AUTO) && !chip.startsWith("/")) {
            throw new ConfigException(
                    key, key + " = " + chip + " is not a device path: write auto, or a path such as /dev/gpiochip0");
        }
        return new ReaderConfig.WiegandLines.Kernel(chip);
    }

    private static ReaderConfig pn532(ConfigValues values, PinRegistry pins, String id) {
        String link = values.choice("reader.pn532-link", Map.of("spi", "spi", "i2c", "i2c", "uart", "uart"), "spi");
        if (link.equals("uart")) {
            return pn532Uart(values, pins, id);
        }
        if (link.equals("spi")) {
            return new ReaderConfig.Pn532(
                    id,
                    spiBus(values, pins),
                    values.requiredInt("reader.spi-chip-select", 0, 2),
                    spiBaud(values),
                    polling(values));
        }
        int bus = values.integer("reader.i2c-bus", 0, 6, 1);
        pins.claimI2cBus("reader.i2c-bus", bus);
        int address = values.parsed("reader.i2c-address", "0x24", Integer::decode);
        if (address < 0x03 || address > 0x77) {
            throw new ConfigException(
                    "reader.i2c-address", "reader.i2c-address must be a 7-bit address, was '" + address + "'");
        }
        return new ReaderConfig.Pn532I2c(id, bus, address, polling(values));
    }

    /**
     * A serial port given by its absolute path ({@code /dev/serial0}); whether it is there and is a tty
     * is found when {@link DeviceFactory} opens it. The rate must be one the PN532 and termios share.
     */
    private static ReaderConfig pn532Uart(ConfigValues values, PinRegistry pins, String id) {
        String key = "reader.uart-device";
        if (values.optional(key).isEmpty()) {
            throw new ConfigException(key, key + " is missing: the PN532's serial port, such as /dev/serial0");
        }
        Path device = values.parsed(key, values.required(key), Path::of);
        if (!device.isAbsolute()) {
            throw new ConfigException(
                    key, key + " must be an absolute path such as /dev/serial0, was '" + device + "'");
        }
        pins.claimUart(key, device.toString());
        String baudKey = "reader.uart-baud";
        int baud = values.integer(baudKey, 9_600, 1_288_000, Pn532Reader.UART_DEFAULT_BAUD);
        if (!Pn532Reader.uartRates().contains(baud)) {
            throw new ConfigException(
                    baudKey,
                    baudKey + " must be one of " + Pn532Reader.uartRates()
                            + " (the PN532's HSU rates termios can set), was " + baud);
        }
        return new ReaderConfig.Pn532Uart(id, device, baud, polling(values));
    }

    /**
     * Either {@code reader.evdev-device}, an absolute path such as {@code
     * /dev/input/by-id/usb-…-event-kbd}, or {@code reader.evdev-match}, a pattern such as {@code
     * *RFID*-event-kbd}. Neither need exist yet: the reader may be plugged in later, and is reported
     * as not answering until it is.
     */
    private static DeviceLocator inputDevice(ConfigValues values) {
        String key = "reader.evdev-device";
        String matchKey = "reader.evdev-match";
        Optional<String> match = values.optional(matchKey);
        if (match.isPresent()) {
            if (values.optional(key).isPresent()) {
                throw new ConfigException(
                        matchKey,
                        "set reader.evdev-device or " + matchKey + ", not both; " + matchKey + " was '" + match.get()
                                + "'");
            }
            return values.parsed(matchKey, match.get(), DeviceLocator.Matching::parse);
        }
        if (values.optional(key).isEmpty()) {
            throw new ConfigException(key, key + " is missing (or set " + matchKey + " to a pattern of its name)");
        }
        Path device = values.parsed(key, values.required(key), Path::of);
        if (!device.isAbsolute()) {
            throw new ConfigException(
                    key, key + " must be an absolute path such as /dev/input/by-id/…, was '" + device + "'");
        }
        if (Files.isDirectory(device)) {
            throw new ConfigException(key, key + " must be an input device, was the directory '" + device + "'");
        }
        return new DeviceLocator.Fixed(device);
    }

    private static WedgeSettings wedgeSettings(ConfigValues values) {
        String formatKey = "reader.evdev-format";
        String format = values.text(formatKey, WedgeSettings.DEFAULT.format().configName());
        return new WedgeSettings(
                WedgeFormat.named(format)
                        .orElseThrow(() -> new ConfigException(
                                formatKey,
                                formatKey + " must be one of "
                                        + Arrays.stream(WedgeFormat.values())
                                                .map(WedgeFormat::configName)
                                                .collect(Collectors.joining(", "))
                                        + ", was '" + format + "'")),
                values.millis(
                        "reader.evdev-max-key-gap-ms",
                        WedgeSettings.MAX_KEY_GAP_MIN_MS,
                        WedgeSettings.MAX_KEY_GAP_MAX_MS,
                        (int) EvdevTagReader.DEFAULT_MAX_KEY_GAP.toMillis()),
                values.millis(
                        "reader.evdev-same-tap-ms", WedgeSettings.SAME_TAP_MIN_MS, WedgeSettings.SAME_TAP_MAX_MS, (int)
                                EvdevTagReader.DEFAULT_SAME_TAP_WINDOW.toMillis()));
    }

    private static int spiBus(ConfigValues values, PinRegistry pins) {
        int bus = values.requiredInt("reader.spi-bus", 0, 6);
        pins.claimSpiBus("reader.spi-bus", bus);
        return bus;
    }

    private static int spiBaud(ConfigValues values) {
        return values.integer("reader.spi-baud", 10_000, 10_000_000, 1_000_000);
    }

    private static PollingSettings polling(ConfigValues values) {
        return new PollingSettings(
                values.millis("reader.poll-interval-ms", 10, 5_000, 100),
                values.integer("reader.misses-before-lifted", 1, 50, 2),
                values.integer("reader.faulty-frames-before-fault", 1, 100, 5));
    }

    private static DoorConfig door(ConfigValues values, PinRegistry pins) {
        boolean gpio = values.choice("door.type", GPIO_OR_SIMULATED, "simulated");
        Optional<Integer> relay = gpio ? Optional.of(pin(values, pins, "door.relay-pin")) : Optional.empty();
        Optional<Integer> contact = gpio ? optionalPin(values, pins, "door.contact-pin") : Optional.empty();
        Optional<Integer> exit = gpio ? optionalPin(values, pins, "door.exit-pin") : Optional.empty();
        DoorMonitorSettings monitor = new DoorMonitorSettings(
                values.seconds("door.held-open-seconds", 5, 3_600, 30),
                values.seconds("door.exit-grace-seconds", 0, 60, 10),
                values.bool("door.exit-unlocks", true));
        return new DoorConfig(
                values.text("door.id", "door-1"),
                relay,
                values.bool("door.relay-active-high", true),
                values.seconds("door.release-seconds", (int) DoorLock.MINIMUM_RELEASE.toSeconds(), 600, (int)
                        DoorLock.DEFAULT_RELEASE.toSeconds()),
                contact,
                values.choice("door.contact-open-level", LEVELS, "high"),
                exit,
                values.choice("door.exit-pressed-level", LEVELS, "low"),
                monitor);
    }

    private static IndicatorConfig indicator(ConfigValues values, PinRegistry pins) {
        if (!values.choice("indicator.type", GPIO_OR_SIMULATED, "simulated")) {
            return new IndicatorConfig(Optional.empty());
        }
        return new IndicatorConfig(Optional.of(new IndicatorConfig.Pins(
                pin(values, pins, "indicator.green-pin"),
                pin(values, pins, "indicator.red-pin"),
                pin(values, pins, "indicator.buzzer-pin"),
                values.bool("indicator.leds-active-high", true),
                values.bool("indicator.buzzer-active-high", true))));
    }

    private static int pin(ConfigValues values, PinRegistry pins, String key) {
        int pin = values.requiredInt(key, 0, PinRegistry.HIGHEST_PIN);
        pins.claim(key, pin);
        return pin;
    }

    private static Optional<Integer> optionalPin(ConfigValues values, PinRegistry pins, String key) {
        Optional<Integer> pin = values.optionalInt(key, 0, PinRegistry.HIGHEST_PIN);
        pin.ifPresent(number -> pins.claim(key, number));
        return pin;
    }
}
