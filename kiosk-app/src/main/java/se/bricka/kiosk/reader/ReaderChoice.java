package se.bricka.kiosk.reader;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
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
 * read the same hardware: a door and a board set alike give one tag one UID.
 *
 * @param evdevDevice where the input device of a grabbed keyboard-wedge reader is, if one is configured
 * @param format what the keyboard-wedge reader types for a tag
 */
public record ReaderChoice(Optional<DeviceLocator> evdevDevice, WedgeFormat format) {

    public static final String SIMULATED = "simulated";
    public static final String EVDEV_PREFIX = "evdev:";
    public static final String MATCH_PREFIX = "match=";

    /** The name of the grabbed reader in logs and the caretaker's reader check. */
    public static final String EVDEV_READER_ID = "usb-wedge";

    /** The name of the in-window wedge in logs and the caretaker's reader check. */
    public static final String WEDGE_READER_ID = "keyboard-wedge";

    public ReaderChoice {
        Objects.requireNonNull(evdevDevice, "evdevDevice");
        Objects.requireNonNull(format, "format");
    }

    /**
     * Reads the two option values; anything else than their forms is refused, naming the option and
     * the value. A null format is the default, {@code hex}.
     */
    public static ReaderChoice parse(String reader, String format) {
        return new ReaderChoice(device(reader), format(format));
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
                .orElseThrow(() -> new IllegalArgumentException("--reader-format must be one of "
                        + Arrays.stream(WedgeFormat.values())
                                .map(WedgeFormat::configName)
                                .collect(Collectors.joining(", "))
                        + ", was '" + value + "'"));
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
        WedgeSettings settings =
                new WedgeSettings(format, EvdevTagReader.DEFAULT_MAX_KEY_GAP, EvdevTagReader.DEFAULT_SAME_TAP_WINDOW);
        return evdevDevice.map(
                device -> new EvdevTagReader(EVDEV_READER_ID, device, opener, settings, clock, Sleeper.SYSTEM));
    }
}
