package se.bricka.backend.device;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.core.wire.DeviceBinding;
import se.bricka.core.wire.Enrollment;
import se.bricka.core.wire.EnrollmentRequest;
import se.bricka.core.wire.Problem;

/**
 * Puts a panel into service: IT staff issue a one-time enrollment code for a device, the caretaker
 * types it on the new panel, and the panel exchanges it for a fresh device token and learns what it is
 * bound to. Codes and tokens are stored only as SHA-256 hashes.
 */
public final class DeviceEnrollment {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceEnrollment.class);

    /** How long an issued code can be used. */
    public static final Duration CODE_VALIDITY = Duration.ofHours(24);

    private static final long CODE_SPACE = 1_000_000_000_000L;
    private static final int TOKEN_BYTES = 32;

    /** A code as staff are shown it, once. */
    public record IssuedCode(String deviceId, String code, Instant expiresAt) {

        /** The code in groups of four digits, easier to read aloud and type. */
        public String grouped() {
            return code.substring(0, 4) + " " + code.substring(4, 8) + " " + code.substring(8);
        }
    }

    private final Transactor transactor;
    private final Resources resources;
    private final DeviceRepository devices;
    private final Clock clock;
    private final EnrollmentRepository repository = new EnrollmentRepository();
    private final SecureRandom random = new SecureRandom();
    private final EnrollmentThrottle throttle = new EnrollmentThrottle();

    public DeviceEnrollment(Transactor transactor, Resources resources, DeviceRepository devices, Clock clock) {
        this.transactor = transactor;
        this.resources = resources;
        this.devices = devices;
        this.clock = clock;
    }

    /** Every device, for the staff page. */
    List<EnrollmentRepository.Listed> devices() {
        return transactor.inTransaction(repository::list);
    }

    /**
     * Issues a code for the device {@code deviceId}; an earlier unused code for it stops working. A
     * retired device gets none (409).
     */
    public IssuedCode issue(String deviceId, String issuedBy) {
        Instant now = clock.instant();
        String code = "%012d".formatted(random.nextLong(CODE_SPACE));
        Instant expires = now.plus(CODE_VALIDITY);
        transactor.inTransaction(connection -> {
            EnrollmentRepository.Row device = repository
                    .device(connection, deviceId)
                    .orElseThrow(() -> new ApiException(Problem.of(
                            "unknown-device", "No such device", 404, "There is no device '" + deviceId + "'.")));
            if (device.retired()) {
                throw new ApiException(Problem.of(
                        "device-retired",
                        "The device is retired",
                        409,
                        "The device '" + deviceId + "' was retired by an estate import; name it in the estate"
                                + " file again to put it back in service."));
            }
            repository.issue(connection, device.key(), TokenHash.of(code), issuedBy, now, expires);
            return null;
        });
        LOG.info("enrollment code issued for device {} by {}, valid until {}", deviceId, issuedBy, expires);
        return new IssuedCode(deviceId, code, expires);
    }

    /**
     * How long {@code source} must wait before it may send a code again, after too many refused ones
     * ({@link EnrollmentThrottle}); empty when it may send one now.
     */
    public Optional<Duration> throttled(String source) {
        return throttle.waitFor(source, clock.instant());
    }

    /**
     * Exchanges a code for a new device token. A malformed request is 400; an unknown, used or expired
     * code is one and the same 403, so that the answer tells a guesser nothing, and counts against
     * {@code source} (its address) for {@link #throttled}.
     */
    public Enrollment redeem(EnrollmentRequest request, String source) {
        if (request == null || !EnrollmentRequest.wellFormed(request.code())) {
            throw ApiException.badRequest(
                    "Field 'code' must be " + EnrollmentRequest.CODE_DIGITS + " digits, without spaces.");
        }
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Device device = transactor.inTransaction(connection -> {
            if (repository
                    .redeem(connection, TokenHash.of(request.code()), TokenHash.of(token), clock.instant())
                    .isEmpty()) {
                return null;
            }
            return devices.findByTokenHash(connection, TokenHash.of(token)).orElseThrow();
        });
        if (device == null) {
            throttle.refused(source, clock.instant());
            LOG.info("an enrollment code from {} was refused", source);
            throw new ApiException(Problem.of(
                    "enrollment-code-refused",
                    "The enrollment code is not valid",
                    403,
                    "The code is unknown, already used or expired. Ask IT for a new code."));
        }
        LOG.info("device {} enrolled on a new panel", device.deviceId());
        return new Enrollment(token, binding(device));
    }

    /** What {@code device} is bound to. */
    public DeviceBinding binding(Device device) {
        List<String> doors = transactor.inTransaction(connection -> repository.doors(connection, device.id()));
        return new DeviceBinding(
                device.deviceId(),
                device.name(),
                device.propertyName(),
                doors,
                resources.of(device).stream().map(Resource::summary).toList());
    }
}
