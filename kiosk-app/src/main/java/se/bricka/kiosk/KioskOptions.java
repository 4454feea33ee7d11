package se.bricka.kiosk;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import se.bricka.kiosk.i18n.Languages;
import se.bricka.kiosk.reader.ReaderChoice;

/**
 * How the board was started: from {@code --name=value} options, then environment variables, then
 * defaults. There is no default device token: a board runs enrolled (the token in its data folder) or
 * with one given, and otherwise shows that it is not enrolled.
 *
 * @param backend the backend's base address ({@code --backend}, {@code BRICKA_BACKEND_URL})
 * @param deviceToken this board's device token ({@code --device-token}, {@code BRICKA_DEVICE_TOKEN}), or
 *     {@code null} when none was given
 * @param resourceId the object booked here ({@code --resource}); empty for the backend's first
 * @param windowed a window instead of full screen ({@code --windowed}), for desktops
 * @param reader the tag reader ({@code --reader}): {@code simulated}, or {@code evdev:PATH} or {@code
 *     evdev:match=PATTERN} for a USB keyboard-wedge reader's input device, see {@link ReaderChoice}
 * @param readerFormat what a keyboard-wedge reader types ({@code --reader-format}, {@code
 *     BRICKA_READER_FORMAT}): {@code hex} (null, the default), {@code decimal10}, …
 * @param readerMaxKeyGap the grabbed reader's longest pause between keys in ms ({@code
 *     --reader-max-key-gap-ms}, {@code BRICKA_READER_MAX_KEY_GAP_MS}); null for the default, 100
 * @param readerSameTap the grabbed reader's same-tap window in ms ({@code --reader-same-tap-ms},
 *     {@code BRICKA_READER_SAME_TAP_MS}); null for the default, 1000
 * @param language the board's own language ({@code --lang}): sv, en, ar, fi, so or fa
 * @param dataDir where the board keeps what survives a restart ({@code --data-dir}, {@code BRICKA_DATA_DIR}):
 *     the caretakers' PIN state and an enrolled device token
 * @param allowExit whether a caretaker may leave the board for the desktop ({@code --allow-exit})
 * @param backlight the panel's backlight ({@code --backlight}), see {@link BacklightChoice}
 */
public record KioskOptions(
        URI backend,
        String deviceToken,
        OptionalLong resourceId,
        boolean windowed,
        String reader,
        String readerFormat,
        String readerMaxKeyGap,
        String readerSameTap,
        String language,
        Path dataDir,
        boolean allowExit,
        String backlight) {

    public static final String DEFAULT_BACKEND = "http://localhost:8080";
    public static final String SIMULATED_READER = ReaderChoice.SIMULATED;
    public static final String DEFAULT_DATA_DIR = "board-data";

    public KioskOptions {
        Objects.requireNonNull(backend, "backend");
        if (deviceToken != null && deviceToken.isBlank()) {
            throw new IllegalArgumentException("--device-token must not be empty");
        }
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(dataDir, "dataDir");
        ReaderChoice.parse(reader, readerFormat, readerMaxKeyGap, readerSameTap);
        BacklightChoice.parse(backlight);
        if (!Languages.supported(language)) {
            throw new IllegalArgumentException(
                    "language must be one of " + Languages.CODES + ", was '" + language + "'");
        }
    }

    /** Options with the grabbed reader timed as by default. */
    public KioskOptions(
            URI backend,
            String deviceToken,
            OptionalLong resourceId,
            boolean windowed,
            String reader,
            String readerFormat,
            String language,
            Path dataDir,
            boolean allowExit,
            String backlight) {
        this(
                backend,
                deviceToken,
                resourceId,
                windowed,
                reader,
                readerFormat,
                null,
                null,
                language,
                dataDir,
                allowExit,
                backlight);
    }

    /** Options with the first sysfs backlight, as a panel has it, and the reader timed as by default. */
    public KioskOptions(
            URI backend,
            String deviceToken,
            OptionalLong resourceId,
            boolean windowed,
            String reader,
            String readerFormat,
            String language,
            Path dataDir,
            boolean allowExit) {
        this(
                backend,
                deviceToken,
                resourceId,
                windowed,
                reader,
                readerFormat,
                language,
                dataDir,
                allowExit,
                BacklightChoice.SYSFS);
    }

    /** The panel's backlight, as configured. */
    public se.bricka.hw.display.Backlight backlightDevice() {
        return BacklightChoice.parse(backlight);
    }

    /** The reader the board reads besides the simulated one and the in-window wedge. */
    public ReaderChoice readerChoice() {
        return ReaderChoice.parse(reader, readerFormat, readerMaxKeyGap, readerSameTap);
    }

    /** Reads the options; an unknown or malformed one is an {@link IllegalArgumentException} naming it. */
    public static KioskOptions parse(List<String> args, Map<String, String> env) {
        String backend = env.getOrDefault("BRICKA_BACKEND_URL", DEFAULT_BACKEND);
        String token = env.get("BRICKA_DEVICE_TOKEN");
        OptionalLong resource = OptionalLong.empty();
        boolean windowed = false;
        String reader = SIMULATED_READER;
        Map<String, String> readerSettings = new HashMap<>();
        String language = "sv";
        String dataDir = env.getOrDefault("BRICKA_DATA_DIR", DEFAULT_DATA_DIR);
        boolean allowExit = false;
        String backlight = BacklightChoice.SYSFS;
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
            switch (name) {
                case "--backend" -> backend = value;
                case "--device-token" -> token = value;
                case "--resource" -> resource = OptionalLong.of(parseId(value));
                case "--windowed" -> windowed = true;
                case "--reader" -> reader = value;
                case ReaderChoice.FORMAT_OPTION, ReaderChoice.MAX_KEY_GAP_OPTION, ReaderChoice.SAME_TAP_OPTION ->
                    readerSettings.put(name, value);
                case "--lang" -> language = value;
                case "--data-dir" -> dataDir = value;
                case "--allow-exit" -> allowExit = true;
                case "--backlight" -> backlight = value;
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'; known: " + USAGE);
            }
        }
        return new KioskOptions(
                parseUri(backend),
                token,
                resource,
                windowed,
                reader,
                readerSetting(ReaderChoice.FORMAT_OPTION, readerSettings, env),
                readerSetting(ReaderChoice.MAX_KEY_GAP_OPTION, readerSettings, env),
                readerSetting(ReaderChoice.SAME_TAP_OPTION, readerSettings, env),
                language,
                Path.of(dataDir),
                allowExit,
                backlight);
    }

    /** One line naming every option. */
    public static final String USAGE = "--backend=URL --device-token=TOKEN --resource=ID --windowed"
            + " --reader=simulated|evdev:/dev/input/by-id/…|evdev:match=PATTERN"
            + " --reader-format=hex|hex6|hex8|hex10|decimal10|decimal8|decimal5+5"
            + " --reader-max-key-gap-ms=5..1000 --reader-same-tap-ms=0..10000"
            + " --lang=sv|en|ar|fi|so|fa --data-dir=DIR --allow-exit"
            + " --backlight=sysfs|sysfs:/sys/class/backlight/…|simulated";

    /** The environment variable of {@code --reader-format}, for a systemd unit's environment file. */
    public static final String READER_FORMAT_VARIABLE = "BRICKA_READER_FORMAT";

    /** The environment variable of {@code --reader-max-key-gap-ms}. */
    public static final String READER_MAX_KEY_GAP_VARIABLE = "BRICKA_READER_MAX_KEY_GAP_MS";

    /** The environment variable of {@code --reader-same-tap-ms}. */
    public static final String READER_SAME_TAP_VARIABLE = "BRICKA_READER_SAME_TAP_MS";

    private static final Map<String, String> READER_VARIABLES = Map.of(
            ReaderChoice.FORMAT_OPTION, READER_FORMAT_VARIABLE,
            ReaderChoice.MAX_KEY_GAP_OPTION, READER_MAX_KEY_GAP_VARIABLE,
            ReaderChoice.SAME_TAP_OPTION, READER_SAME_TAP_VARIABLE);

    /**
     * A reader setting from its option, else from its environment variable, else null (the default).
     * A bad value from the environment is refused naming the variable, since no option was given.
     */
    private static String readerSetting(String option, Map<String, String> options, Map<String, String> env) {
        if (options.containsKey(option)) {
            return options.get(option);
        }
        String variable = READER_VARIABLES.get(option);
        String value = env.get(variable);
        if (value != null) {
            try {
                ReaderChoice.check(option, value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(variable + " (as " + e.getMessage() + ")", e);
            }
        }
        return value;
    }

    private static long parseId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--resource must be a number, was '" + value + "'", e);
        }
    }

    private static URI parseUri(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("--backend must be like http://host:port, was '" + value + "'");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--backend must be like http://host:port, was '" + value + "'", e);
        }
    }
}
