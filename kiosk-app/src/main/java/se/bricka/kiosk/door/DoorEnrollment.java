package se.bricka.kiosk.door;

import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.Enrollment;
import se.bricka.kiosk.maintenance.DeviceTokenFile;

/**
 * Which token a door controller speaks with. It has no screen to type a code on, so it is enrolled
 * from its command line: {@code --enrollment-code=CODE} exchanges a one-time code IT administration
 * issued for a token, kept owner-only in the data folder ({@link DeviceTokenFile}) for every later
 * start. There is no default token: without one it is not enrolled.
 */
public final class DoorEnrollment {

    /** The token file's name in the data folder, as the board's. */
    public static final String TOKEN_FILE = "device-token";

    /** What to do, said when a door controller starts without a token. */
    public static final String NOT_ENROLLED = "this door controller is not enrolled: start it once with"
            + " --enrollment-code=CODE (IT administration issues one on the Devices page or with"
            + " 'device enrollment-code ID') or give --device-token";

    private static final Logger LOG = LoggerFactory.getLogger(DoorEnrollment.class);

    private DoorEnrollment() {}

    /**
     * The token: the one saved at enrollment, else a new one for {@code --enrollment-code} (saved for
     * later starts), else {@code --device-token}; empty when there is none. A code left on the command
     * line (say in the service unit) once a token is saved is ignored with a warning, so a restart
     * neither spends a used code nor needs the backend: the door runs offline on its saved snapshot. To
     * enroll again, delete the token file first.
     *
     * @param enroll exchanges a code for an enrollment at the backend
     * @throws se.bricka.kiosk.backend.BackendException when no token is saved and the backend refuses
     *     the code or is unreachable
     */
    public static Optional<String> token(DoorOptions options, Function<String, Enrollment> enroll) {
        DeviceTokenFile file = new DeviceTokenFile(options.dataDir().resolve(TOKEN_FILE));
        Optional<String> saved = file.load();
        if (options.enrollmentCode().isPresent()) {
            if (saved.isPresent()) {
                LOG.warn(
                        "ignoring --enrollment-code: this door controller is enrolled already (token in {});"
                                + " delete that file to enroll again, and remove the code from its start options",
                        options.dataDir().resolve(TOKEN_FILE));
                return saved;
            }
            Enrollment enrollment = enroll.apply(options.enrollmentCode().get());
            file.save(enrollment.deviceToken());
            LOG.info("enrolled as device {}", enrollment.binding().deviceId());
            return Optional.of(enrollment.deviceToken());
        }
        return saved.isPresent() ? saved : options.deviceToken();
    }
}
