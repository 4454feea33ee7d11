package se.bricka.kiosk.reader;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.evdev.EvdevTagReader;
import se.bricka.hw.reader.evdev.LinuxInputDevice;
import se.bricka.hw.time.Sleeper;

/**
 * The board's {@code --reader} option: {@code simulated} (the demo window only), or {@code
 * evdev:/dev/input/by-id/…-event-kbd} for a USB keyboard-wedge reader read from its input device and
 * grabbed. Either way the in-window wedge stays on as a fallback: if the device cannot be grabbed,
 * its keystrokes reach the window and are read there.
 *
 * @param evdevDevice the input device of a grabbed keyboard-wedge reader, if one is configured
 */
public record ReaderChoice(Optional<Path> evdevDevice) {

    public static final String SIMULATED = "simulated";
    public static final String EVDEV_PREFIX = "evdev:";

    /** The name of the grabbed reader in logs and the caretaker's reader check. */
    public static final String EVDEV_READER_ID = "usb-wedge";

    public ReaderChoice {
        Objects.requireNonNull(evdevDevice, "evdevDevice");
    }

    /** Reads an option value; anything else than the two forms is refused, naming the value. */
    public static ReaderChoice parse(String value) {
        if (SIMULATED.equals(value)) {
            return new ReaderChoice(Optional.empty());
        }
        if (value != null && value.startsWith(EVDEV_PREFIX)) {
            return new ReaderChoice(Optional.of(device(value)));
        }
        throw new IllegalArgumentException("--reader must be '" + SIMULATED + "' or '" + EVDEV_PREFIX
                + "/dev/input/by-id/…', was '" + value + "'");
    }

    private static Path device(String value) {
        String path = value.substring(EVDEV_PREFIX.length());
        try {
            Path device = Path.of(path);
            if (device.isAbsolute()) {
                return device;
            }
        } catch (InvalidPathException e) {
            // refused below, with the value
        }
        throw new IllegalArgumentException(
                "--reader=evdev: needs an absolute input device path such as evdev:/dev/input/by-id/…-event-kbd,"
                        + " was '" + value + "'");
    }

    /** The grabbed keyboard-wedge reader, not yet started, if one is configured. */
    public Optional<TagReader> grabbedReader(Clock clock) {
        return evdevDevice.map(device -> new EvdevTagReader(
                EVDEV_READER_ID,
                device,
                LinuxInputDevice.opener(),
                EvdevTagReader.DEFAULT_MAX_KEY_GAP,
                EvdevTagReader.DEFAULT_SAME_TAP_WINDOW,
                clock,
                Sleeper.SYSTEM));
    }
}
