package se.bricka.kiosk.reader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.WedgeFormat;
import se.bricka.hw.reader.evdev.DeviceLocator;
import se.bricka.hw.reader.evdev.EvdevTagReader;
import se.bricka.hw.reader.evdev.InputDevice;
import se.bricka.hw.reader.evdev.LinuxInputDevice;
import se.bricka.hw.reader.evdev.WedgeSettings;
import se.bricka.hw.time.Sleeper;

/**
 * The board's {@code --reader} and {@code --reader-format} options. {@code --reader} is {@code
 * simulated} (the demo window only), {@code evdev:/dev/input/by-id/…-event-kbd} for a USB
 * keyboard-wedge reader read from its input device and grabbed, or {@code evdev:match=*RFID*-event-kbd}
 * for one found by a pattern of its name (the door controller's {@code reader.evdev-device} and {@code
 * reader.evdev-match}). Either way the in-window wedge stays on as a fallback: if the device cannot be
 * grabbed, its keystrokes reach the window and are read there. {@code --reader-format} (the door
 * controller's {@code reader.evdev-format}) says what the reader types, and holds for both, since they
 * read the same hardware: a door and a board set alike give one tag one UID. {@code
 * --reader-max-key-gap-ms} and {@code --reader-same-tap-ms} (the door controller's {@code
 * reader.evdev-max-key-gap-ms} and {@code reader.evdev-same-tap-ms}, within the same bounds) time the
 * grabbed reader; the in-window wedge keeps its own shorter gap, which tells a reader from a person at
 * a keyboard.
 *
 * @param evdevDevice where the input device of a grabbed keyboard-wedge reader is, if one is configured
 * @param format what the keyboard-wedge reader types for a tag
 * @param maxKeyGap the grabbed reader's longest pause between two keys of one UID
 * @param sameTapWindow the grabbed reader takes the same UID again within this for the same tap
 */
public record ReaderChoice(
        Optional<DeviceLocator> evdevDevice, WedgeFormat format, Duration maxKeyGap, Duration sameTapWindow) {

    public static final String SIMULATED = "simulated";
    public static final String EVDEV_PREFIX = "evdev:";
    public static final String MATCH_PREFIX = "match=";

    public static final String FORMAT_OPTION = "--reader-format";
    public static final String MAX_KEY_GAP_OPTION = "--reader-max-key-gap-ms";
    public static final String SAME_TAP_OPTION = "--reader-same-tap-ms";

    /** The name of the grabbed reader in logs and the caretaker's reader check. */
    public static final String EVDEV_READER_ID = "usb-wedge";

    /** The name of the in-window wedge in logs and the caretaker's reader check. */
    public static final String WEDGE_READER_ID = "keyboard-wedge";

    public ReaderChoice {
        Objects.requireNonNull(evdevDevice, "evdevDevice");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(maxKeyGap, "maxKeyGap");
        Objects.requireNonNull(sameTapWindow, "sameTapWindow");
    }

    /** {@code --reader} and {@code --reader-format}, the grabbed reader timed as by default. */
    public static ReaderChoice parse(String reader, String format) {
        return parse(reader, format, null, null);
    }

    /**
     * Reads the four option values; anything else than their forms is refused, naming the option and
     * the value. A null format or time is the default: {@code hex}, 100 ms between keys, 1000 ms for
     * the same tap, as on a door controller.
     */
    public static ReaderChoice parse(String reader, String format, String maxKeyGapMillis, String sameTapMillis) {
        return new ReaderChoice(device(reader), format(format), maxKeyGap(maxKeyGapMillis), sameTap(sameTapMillis));
    }

    /** Checks the value of the reader setting {@code option} (one of the {@code …_OPTION}s) alone. */
    public static void check(String option, String value) {
        switch (option) {
            case FORMAT_OPTION -> format(value);
            case MAX_KEY_GAP_OPTION -> maxKeyGap(value);
            case SAME_TAP_OPTION -> sameTap(value);
            default -> throw new IllegalArgumentException("no reader setting " + option);
        }
    }

    private static Optional<DeviceLocator> device(String value) {
        if (SIMULATED.equals(value)) {
            return Optional.empty();
        }
        if (value == null || !value.startsWith(EVDEV_PREFIX)) {
            throw new IllegalArgumentException("--reader must be '" + SIMULATED + "', '" + EVDEV_PREFIX
                    + "/dev/input/by-id/…' or '" + EVDEV_PREFIX + MATCH_PREFIX + "*PATTERN*', was '" + value + "'");
        }
        String rest = value.substring(EVDEV_PREFIX.length());
        return Optional.of(rest.startsWith(MATCH_PREFIX) ? matching(value, rest) : fixed(value, rest));
    }

    private static DeviceLocator matching(String value, String rest) {
        try {
            return DeviceLocator.Matching.parse(rest.substring(MATCH_PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--reader=" + EVDEV_PREFIX + MATCH_PREFIX + ": " + e.getMessage() + " (in '" + value + "')");
        }
    }

    private static DeviceLocator fixed(String value, String path) {
        try {
            Path device = Path.of(path);
            if (device.isAbsolute() && !Files.isDirectory(device)) {
                return new DeviceLocator.Fixed(device);
            }
        } catch (InvalidPathException e) {
            // refused below, with the value
        }
        throw new IllegalArgumentException("--reader=" + EVDEV_PREFIX
                + " needs an absolute input device path such as evdev:/dev/input/by-id/…-event-kbd"
                + " (or evdev:match=*RFID*-event-kbd), was '" + value + "'");
    }

    private static WedgeFormat format(String value) {
        if (value == null) {
            return WedgeSettings.DEFAULT.format();
        }
        return WedgeFormat.named(value)
                .orElseThrow(() -> new IllegalArgumentException(FORMAT_OPTION + " must be one of "
                        + Arrays.stream(WedgeFormat.values())
                                .map(WedgeFormat::configName)
                                .collect(Collectors.joining(", "))
                        + ", was '" + value + "'"));
    }

    private static Duration maxKeyGap(String value) {
        return millis(
                MAX_KEY_GAP_OPTION,
                value,
                WedgeSettings.MAX_KEY_GAP_MIN_MS,
                WedgeSettings.MAX_KEY_GAP_MAX_MS,
                EvdevTagReader.DEFAULT_MAX_KEY_GAP);
    }

    private static Duration sameTap(String value) {
        return millis(
                SAME_TAP_OPTION,
                value,
                WedgeSettings.SAME_TAP_MIN_MS,
                WedgeSettings.SAME_TAP_MAX_MS,
                EvdevTagReader.DEFAULT_SAME_TAP_WINDOW);
    }

    private static Duration millis(String option, String value, int min, int max, Duration fallback) {
        if (value == null) {
            return fallback;
        }
        int millis;
        try {
            millis = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " must be a whole number of milliseconds, was '" + value + "'", e);
        }
        if (millis < min || millis > max) {
            throw new IllegalArgumentException(
                    option + " must be between " + min + " and " + max + " ms, was " + millis);
        }
        return Duration.ofMillis(millis);
    }

    /** The in-window keyboard-wedge reader, reading this format, not yet started. */
    public KeyboardWedgeReader wedgeReader(Clock clock) {
        return new KeyboardWedgeReader(WEDGE_READER_ID, clock, KeyboardWedgeReader.DEFAULT_MAX_GAP, format);
    }

    /** The grabbed keyboard-wedge reader, not yet started, if one is configured. */
    public Optional<TagReader> grabbedReader(Clock clock) {
        return grabbedReader(clock, LinuxInputDevice.opener());
    }

    /** The grabbed keyboard-wedge reader on input devices {@code opener} opens, if one is configured. */
    public Optional<TagReader> grabbedReader(Clock clock, InputDevice.Opener opener) {
        WedgeSettings settings = new WedgeSettings(format, maxKeyGap, sameTapWindow);
        return evdevDevice.map(
                device -> new EvdevTagReader(EVDEV_READER_ID, device, opener, settings, clock, Sleeper.SYSTEM));
    }
}
