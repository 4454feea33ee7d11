package se.bricka.backend.caretaker;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.tag.TagHasher;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.CaretakerSession;
import se.bricka.core.wire.CaretakerVerification;
import se.bricka.core.wire.Problem;

/**
 * The backend's own check of a caretaker on a board: the staff tag tapped, then the PIN, both checked
 * here (a board's local check only opens its local tools). {@link #MAX_FAILURES} wrong PINs in a row
 * lock the caretaker out on every board for {@link #LOCK_LENGTH}. A verified caretaker gets a session
 * for {@link #SESSION_LENGTH}, bound to the board and the caretaker; closures and PIN changes from a
 * board need one.
 */
public final class CaretakerSessions {

    private static final Logger LOG = LoggerFactory.getLogger(CaretakerSessions.class);

    /** Wrong PINs in a row before the caretaker is locked out. */
    public static final int MAX_FAILURES = 5;

    /** How long a lock-out lasts. */
    public static final Duration LOCK_LENGTH = Duration.ofMinutes(15);

    /** How long a session lasts: longer than a visit to the board's tools, short enough to be stale soon. */
    public static final Duration SESSION_LENGTH = Duration.ofMinutes(10);

    private static final int TOKEN_BYTES = 32;

    private enum Outcome {
        VERIFIED,
        WRONG_PIN,
        LOCKED_OUT,
        UNKNOWN
    }

    private record Checked(Outcome outcome, int triesLeft, Instant lockedUntil, CaretakerSession session) {}

    private final Transactor transactor;
    private final Clock clock;
    private final CaretakerSessionRepository repository = new CaretakerSessionRepository();
    private final SecureRandom random = new SecureRandom();

    public CaretakerSessions(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
    }

    /**
     * Verifies the caretaker of the staff tag with the PIN, and opens a session on {@code device}.
     *
     * @throws ApiException 400 for a malformed request, 403 {@code caretaker-not-verified} for a staff
     *     tag of no caretaker with a PIN here, {@code caretaker-pin-wrong} (with {@code triesLeft}) or
     *     {@code caretaker-locked-out} (with {@code lockedUntil})
     */
    public CaretakerSession verify(Device device, CaretakerVerification request) {
        if (request == null || request.staffTagHash() == null || !TagHasher.isHash(request.staffTagHash())) {
            throw ApiException.badRequest("Field 'staffTagHash' must be 64 lowercase hexadecimal characters.");
        }
        if (request.pin() == null || PinHasher.problemWith(request.pin()).isPresent()) {
            throw ApiException.badRequest(
                    "Field 'pin' must be " + PinHasher.MIN_DIGITS + " to " + PinHasher.MAX_DIGITS + " digits.");
        }
        Instant now = clock.instant();
        Checked checked = transactor.inTransaction(connection -> {
            repository.purgeExpired(connection, now);
            var found = repository.candidate(connection, device.propertyId(), request.staffTagHash());
            if (found.isEmpty()) {
                return new Checked(Outcome.UNKNOWN, 0, null, null);
            }
            var candidate = found.get();
            if (candidate.lockedUntil() != null && now.isBefore(candidate.lockedUntil())) {
                return new Checked(Outcome.LOCKED_OUT, 0, candidate.lockedUntil(), null);
            }
            if (!PinHasher.matches(request.pin(), candidate.pin())) {
                int failures = candidate.failures() + 1;
                Instant lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_LENGTH) : null;
                repository.setFailures(
                        connection, candidate.caretakerId(), lockedUntil == null ? failures : 0, lockedUntil);
                return lockedUntil == null
                        ? new Checked(Outcome.WRONG_PIN, MAX_FAILURES - failures, null, null)
                        : new Checked(Outcome.LOCKED_OUT, 0, lockedUntil, null);
            }
            repository.setFailures(connection, candidate.caretakerId(), 0, null);
            String token = newToken();
            Instant expires = now.plus(SESSION_LENGTH);
            repository.insertSession(connection, TokenHash.of(token), device.id(), candidate, now, expires);
            return new Checked(
                    Outcome.VERIFIED,
                    MAX_FAILURES,
                    null,
                    new CaretakerSession(token, candidate.caretakerId(), candidate.name(), expires));
        });
        return switch (checked.outcome()) {
            case VERIFIED -> {
                LOG.info(
                        "caretaker {} verified by the backend on device {}",
                        checked.session().caretakerId(),
                        device.deviceId());
                yield checked.session();
            }
            case UNKNOWN ->
                throw new ApiException(Problem.of(
                        "caretaker-not-verified",
                        "The caretaker is not verified",
                        403,
                        "The staff tag belongs to no caretaker with a PIN at this property."));
            case WRONG_PIN -> {
                LOG.info("a wrong caretaker PIN on device {}", device.deviceId());
                throw new ApiException(Problem.of(
                                "caretaker-pin-wrong",
                                "The PIN is wrong",
                                403,
                                "The PIN does not match; " + checked.triesLeft() + " tries left before a lock-out."))
                        .with("triesLeft", checked.triesLeft());
            }
            case LOCKED_OUT -> {
                LOG.info("caretaker locked out on device {} until {}", device.deviceId(), checked.lockedUntil());
                throw new ApiException(Problem.of(
                                "caretaker-locked-out",
                                "Too many wrong PINs",
                                403,
                                "After " + MAX_FAILURES + " wrong PINs this caretaker is locked out until "
                                        + checked.lockedUntil() + "."))
                        .with("lockedUntil", checked.lockedUntil().toString());
            }
        };
    }

    /**
     * The caretaker of the session {@code token} on {@code device}.
     *
     * @throws ApiException 401 {@code caretaker-session-required} without a token, {@code
     *     caretaker-session-invalid} for an unknown, expired or another board's session
     */
    public VerifiedCaretaker require(Device device, String token) {
        if (token == null || token.isBlank()) {
            throw new ApiException(Problem.of(
                    "caretaker-session-required",
                    "A verified caretaker is required",
                    401,
                    "This is a staff action: send the " + ApiPaths.CARETAKER_SESSION_HEADER
                            + " header of a caretaker the backend verified (staff tag, then PIN)."));
        }
        Optional<VerifiedCaretaker> who = transactor.inTransaction(connection ->
                repository.session(connection, TokenHash.of(token.strip()), device.id(), clock.instant()));
        return who.orElseThrow(() -> new ApiException(Problem.of(
                "caretaker-session-invalid",
                "The caretaker session is not valid",
                401,
                "The caretaker session is unknown, expired or of another device; verify the caretaker again.")));
    }

    /** Ends the session {@code token} of {@code device}, if it is one; ending an ended session is no error. */
    public void end(Device device, String token) {
        if (token == null || token.isBlank()) {
            return;
        }
        transactor.inTransaction(connection -> {
            repository.end(connection, TokenHash.of(token.strip()), device.id());
            return null;
        });
    }

    private String newToken() {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }
}
