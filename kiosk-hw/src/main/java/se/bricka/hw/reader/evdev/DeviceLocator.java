package se.bricka.hw.reader.evdev;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the {@link EvdevTagReader} finds its input device, looked up again before every open: a
 * fixed path, or the one entry of a directory whose name matches a glob. A USB reader comes and goes
 * with its {@code /dev/input/by-id/…} link, and may appear only after the program started, so the
 * look-up cannot be done once at start.
 */
public sealed interface DeviceLocator {

    /** Where udev puts a link named after each USB input device's vendor, product and serial. */
    Path BY_ID = Path.of("/dev/input/by-id");

    /** Finds the device now. */
    Lookup find();

    /** The path or pattern, for logs and health details. */
    String describe();

    /** What a look-up found. */
    sealed interface Lookup {
        /** Exactly one device: open it. */
        record Found(Path path) implements Lookup {}

        /** No device (yet): the reader is not answering. */
        record Missing(String why) implements Lookup {}

        /** Several devices match: none is read, since one of them may be a real keyboard. */
        record Ambiguous(List<Path> paths) implements Lookup {
            public Ambiguous {
                paths = List.copyOf(paths);
            }
        }
    }

    /** Always {@code path}; whether it exists shows when it is opened. */
    record Fixed(Path path) implements DeviceLocator {
        public Fixed {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public Lookup find() {
            return new Lookup.Found(path);
        }

        @Override
        public String describe() {
            return path.toString();
        }
    }

    /**
     * The entry of {@code directory} whose file name matches {@code glob} ({@code *}, {@code ?},
     * {@code [..]}, {@code {a,b}}), letter case ignored: udev builds the names from whatever the
     * vendor wrote, {@code RFID} or {@code Rfid}.
     */
    record Matching(Path directory, String glob) implements DeviceLocator {

        public Matching {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(glob, "glob");
            if (!directory.isAbsolute()) {
                throw new IllegalArgumentException("the directory must be absolute, was '" + directory + "'");
            }
            if (glob.isBlank() || glob.contains("/")) {
                throw new IllegalArgumentException("the pattern must be part of one file name, was '" + glob + "'");
            }
            if (glob.chars().allMatch(c -> "*?".indexOf(c) >= 0)) {
                // "*" alone would take whatever single input device is there, a real keyboard included.
                throw new IllegalArgumentException(
                        "the pattern must name part of the reader, such as *RFID*-event-kbd, was '" + glob + "'");
            }
            matcher(glob); // a bad pattern is refused here, not on the reader's thread
        }

        /**
         * Reads {@code pattern}: a bare glob such as {@code *RFID*-event-kbd} is looked for in {@link
         * #BY_ID}; an absolute one such as {@code /dev/input/by-path/*usb-0:1.3*-event-kbd} in its own
         * directory, which may hold no pattern characters.
         */
        public static Matching parse(String pattern) {
            String text = pattern.trim();
            int slash = text.lastIndexOf('/');
            if (slash < 0) {
                return new Matching(BY_ID, text);
            }
            String directory = slash == 0 ? "/" : text.substring(0, slash);
            if (directory.chars().anyMatch(c -> "*?[]{}".indexOf(c) >= 0)) {
                throw new IllegalArgumentException(
                        "only the last part of the path may be a pattern, was '" + pattern + "'");
            }
            return new Matching(Path.of(directory), text.substring(slash + 1));
        }

        private static PathMatcher matcher(String glob) {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob.toLowerCase(Locale.ROOT));
        }

        @Override
        public Lookup find() {
            if (!Files.isDirectory(directory)) {
                return new Lookup.Missing("no device matches " + describe() + ": " + directory + " does not exist");
            }
            PathMatcher matcher = matcher(glob);
            List<Path> found = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                for (Path entry : entries) {
                    Path name = Path.of(entry.getFileName().toString().toLowerCase(Locale.ROOT));
                    if (matcher.matches(name) && !Files.isDirectory(entry)) {
                        found.add(entry);
                    }
                }
            } catch (IOException e) {
                return new Lookup.Missing("cannot list " + directory + ": " + e.getMessage());
            }
            found.sort(null);
            return switch (found.size()) {
                case 0 -> new Lookup.Missing("no device matches " + describe());
                case 1 -> new Lookup.Found(found.getFirst());
                default -> new Lookup.Ambiguous(found);
            };
        }

        @Override
        public String describe() {
            return directory.resolve(glob).toString();
        }
    }
}
