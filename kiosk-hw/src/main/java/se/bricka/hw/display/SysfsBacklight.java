package se.bricka.hw.display;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Linux backlight class: {@code brightness} and {@code max_brightness} in one folder under
 * {@code /sys/class/backlight} (for the official Raspberry Pi panel {@code rpi_backlight} or
 * {@code 10-0045}). The folder is read on every setting, so a panel plugged in later or a driver that
 * loads late still works; a missing folder or a refused write is an {@link IOException}.
 */
public final class SysfsBacklight implements Backlight {

    /** Where the kernel lists the backlights. */
    public static final Path CLASS_FOLDER = Path.of("/sys/class/backlight");

    private final Path folder;
    private final boolean firstUnder;

    private SysfsBacklight(Path folder, boolean firstUnder) {
        this.folder = folder;
        this.firstUnder = firstUnder;
    }

    /** The backlight in exactly this folder (one holding {@code brightness} and {@code max_brightness}). */
    public static SysfsBacklight at(Path device) {
        return new SysfsBacklight(device, false);
    }

    /** The first backlight, by name, under a class folder such as {@link #CLASS_FOLDER}. */
    public static SysfsBacklight firstUnder(Path classFolder) {
        return new SysfsBacklight(classFolder, true);
    }

    @Override
    public void setPercent(int percent) throws IOException {
        Backlight.checked(percent);
        Path device = device();
        long max = readNumber(device.resolve("max_brightness"));
        if (max <= 0) {
            throw new IOException(device.resolve("max_brightness") + " says " + max + ", not a positive number");
        }
        // Rounded up, so the dimmest setting still lights a panel with few steps.
        long value = Math.max(1, (max * percent + 99) / 100);
        Files.writeString(device.resolve("brightness"), Long.toString(value), StandardCharsets.US_ASCII);
    }

    @Override
    public String describe() {
        return firstUnder ? "first backlight under " + folder : folder.toString();
    }

    private Path device() throws IOException {
        if (!firstUnder) {
            return folder;
        }
        return first(folder)
                .orElseThrow(
                        () -> new IOException("no backlight under " + folder + " (is the panel's driver loaded?)"));
    }

    private static Optional<Path> first(Path classFolder) throws IOException {
        if (!Files.isDirectory(classFolder)) {
            return Optional.empty();
        }
        List<Path> devices = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(classFolder)) {
            entries.forEach(devices::add);
        }
        return devices.stream().sorted().findFirst();
    }

    private static long readNumber(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(file + " does not hold a number: '" + text + "'", e);
        }
    }
}
