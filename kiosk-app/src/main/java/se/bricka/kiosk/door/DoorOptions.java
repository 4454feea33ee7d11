package se.bricka.kiosk.door;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.bricka.core.wire.EnrollmentRequest;

/**
 * How the headless door controller was started: {@code --name=value} options, then environment
 * variables, then defaults. There is no default token (see {@link DoorEnrollment}).
 *
 * @param backend the backend's base address ({@code --backend}, {@code BRICKA_BACKEND_URL})
 * @param deviceToken this device's token ({@code --device-token}, {@code BRICKA_DEVICE_TOKEN}), if given
 * @param enrollmentCode a one-time code to enroll with ({@code --enrollment-code}), if given
 * @param dataDir where the journal, the saved snapshot and the tag key live ({@code --data-dir})
 * @param hardware a device configuration file ({@code --hardware}); empty for simulated doors
 * @param doors the simulated doors ({@code --door=ID}, repeatable); taps come from standard input
 */
public record DoorOptions(
        URI backend,
        Optional<String> deviceToken,
        Optional<String> enrollmentCode,
        Path dataDir,
        Optional<Path> hardware,
        List<String> doors) {

    /** One line naming every option. */
    public static final String USAGE = "--backend=URL [--device-token=TOKEN | --enrollment-code=CODE] --data-dir=DIR"
            + " [--hardware=FILE.properties | --door=ID ...]";

    public DoorOptions {
        doors = List.copyOf(doors);
        if (hardware.isEmpty() && doors.isEmpty()) {
            throw new IllegalArgumentException("name a --hardware file or at least one simulated --door");
        }
    }

    /** Reads the options; an unknown or malformed one is an {@link IllegalArgumentException} naming it. */
    public static DoorOptions parse(List<String> args, Map<String, String> env) {
        String backend = env.getOrDefault("BRICKA_BACKEND_URL", "http://localhost:8080");
        String token = env.get("BRICKA_DEVICE_TOKEN");
        String code = null;
        Path dataDir = Path.of(env.getOrDefault("BRICKA_DATA_DIR", "door-data"));
        Optional<Path> hardware = Optional.empty();
        List<String> doors = new ArrayList<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            String value = equals < 0 ? "" : arg.substring(equals + 1);
            if (value.isBlank()) {
                throw new IllegalArgumentException("option '" + arg + "' needs a value; known: " + USAGE);
            }
            switch (name) {
                case "--backend" -> backend = value;
                case "--device-token" -> token = value;
                case "--enrollment-code" -> code = value.replace(" ", "");
                case "--data-dir" -> dataDir = Path.of(value);
                case "--hardware" -> hardware = Optional.of(Path.of(value));
                case "--door" -> doors.add(value);
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'; known: " + USAGE);
            }
        }
        URI uri = URI.create(backend);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("--backend must be like http://host:port, was '" + backend + "'");
        }
        if (code != null && !EnrollmentRequest.wellFormed(code)) {
            throw new IllegalArgumentException(
                    "--enrollment-code must be " + EnrollmentRequest.CODE_DIGITS + " digits, was '" + code + "'");
        }
        return new DoorOptions(uri, Optional.ofNullable(token), Optional.ofNullable(code), dataDir, hardware, doors);
    }
}
