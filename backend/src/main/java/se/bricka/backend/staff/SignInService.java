package se.bricka.backend.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffRepository.Credentials;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffRole;

/**
 * Staff sign-in: Argon2id password check, the {@link SignInThrottle}, sessions and changing one's own
 * password. Each sign-in opens a brand-new session with a new random id, so an id planted before sign-in
 * (session fixation) is never honoured. A session ends after {@link #IDLE_TIMEOUT} without a request, and
 * at the latest {@link #SESSION_LIFETIME} after sign-in.
 */
public final class SignInService {

    /** How long a session lasts from sign-in at most, however busy. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);

    /** A session unused for this long is over. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** The problem member of a 429 that says how many seconds to wait. */
    public static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    /** The last use is written at most this often, so a busy page does not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private static final int MAX_USERNAME = 64;
    private static final int MAX_PASSWORD = 1024;

    private final Transactor transactor;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final PasswordHasher hasher = new PasswordHasher();
    private final StaffRepository staff = new StaffRepository();
    private final SignInStore store = new SignInStore();
    private final SecureRandom random = new SecureRandom();

    /** How many Argon2 computations may run at once. */
    static final int HASHING_SLOTS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** How long a sign-in waits for a free hashing slot before it is answered 503. */
    static final Duration HASHING_WAIT = Duration.ofSeconds(2);

    private final java.util.concurrent.Semaphore hashingSlots = new java.util.concurrent.Semaphore(HASHING_SLOTS);

    /**
     * A hash no password matches, checked for unknown usernames so that they take as long as known
     * ones. Made once per process, on first use: an Argon2 hash costs tens of milliseconds, and every
     * backend a test starts would otherwise pay it.
     */
    private static final class DummyHash {
        static final String VALUE = new PasswordHasher().hash("not a password of anyone");
    }

    public SignInService(Transactor transactor, Clock clock) {
        this.transactor = transactor;
        this.clock = clock;
        this.throttle = new SignInThrottle(clock);
    }

    /**
     * Checks the password of {@code username}, tried from {@code address}, and opens a new session.
     *
     * @throws se.bricka.backend.http.ApiException 401 {@code sign-in-failed}, or 429 {@code sign-in-throttled}
     *     with the seconds to wait as {@code retryAfterSeconds}
     */
    public NewSession signIn(String username, String password, String address) {
        if (username == null
                || password == null
                || username.length() > MAX_USERNAME
                || password.length() > MAX_PASSWORD) {
            throw StaffProblems.signInFailed();
        }
        SignInThrottle.Reservation attempt = reserveAttempt(username, address);
        Optional<Credentials> credentials = transactor.inTransaction(c -> staff.credentials(c, username));
        // An unknown username costs as much as a wrong password, so timing does not reveal accounts.
        String stored = credentials.map(Credentials::passwordHash).orElseGet(() -> DummyHash.VALUE);
        boolean matches = hashing(attempt, () -> hasher.matches(password, stored));
        Instant now = clock.instant();
        if (credentials.isEmpty() || !matches) {
            // Already counted by the reservation.
            transactor.inTransaction(connection -> {
                staff.recordFailure(connection, username, now);
                return null;
            });
            throw StaffProblems.signInFailed();
        }
        throttle.succeeded(attempt);
        return open(credentials.get().account());
    }

    /**
     * Changes the password of the signed-in person after checking the current one, and ends every other
     * session of the account (a thief signed in elsewhere is out). A wrong current password counts as a
     * failed sign-in for the throttle.
     *
     * @return how many other sessions were ended
     * @throws se.bricka.backend.http.ApiException 400 {@code bad-request} naming what is wrong, 403
     *     {@code current-password-wrong}, 409 {@code conflict} for an account whose password is kept by the
     *     OpenID Connect provider or that has no password yet, or 429 {@code sign-in-throttled}
     */
    public int changePassword(
            String sessionId, StaffSession session, String current, String wanted, String repeated, String address) {
        String username = session.account().username();
        String newPassword = checkNewPassword(wanted, repeated, username);
        long staffId = session.account().id();
        String stored = transactor
                .inTransaction(c -> store.passwordHash(c, staffId))
                .orElseThrow(() -> StaffProblems.conflict(Text.of("password.notSet")));
        if (!stored.startsWith(PasswordHasher.PREFIX)) {
            // An account of the OpenID Connect provider: its password lives there.
            throw StaffProblems.conflict(Text.of("password.notLocal"));
        }
        SignInThrottle.Reservation attempt = reserveAttempt(username, address);
        boolean matches = current != null
                && current.length() <= MAX_PASSWORD
                && hashing(attempt, () -> hasher.matches(current, stored));
        if (!matches) {
            // Already counted by the reservation.
            throw new ApiException(
                    "current-password-wrong",
                    "The current password is wrong",
                    403,
                    Text.of("problem.currentPasswordWrong"));
        }
        throttle.release(attempt);
        if (newPassword.equals(current)) {
            throw ApiException.badRequest(Text.of("password.sameAsCurrent"));
        }
        String hash = hashing(null, () -> hasher.hash(newPassword));
        return transactor.inTransaction(connection -> {
            store.setPasswordHash(connection, staffId, hash);
            return store.endOtherSessions(connection, staffId, TokenHash.of(sessionId));
        });
    }

    /** A new password as the {@link PasswordPolicy} wants it, typed the same twice. */
    private static String checkNewPassword(String wanted, String repeated, String username) {
        if (wanted == null || wanted.isEmpty()) {
            throw ApiException.badRequest(Text.of("password.missing"));
        }
        PasswordPolicy.refusal(wanted, username).ifPresent(refusal -> {
            throw ApiException.badRequest(refusal);
        });
        if (!wanted.equals(repeated)) {
            throw ApiException.badRequest(Text.of("password.repeatDiffers"));
        }
        return wanted;
    }

    /**
     * Runs one Argon2 computation (about 19 MiB each) once one of the {@link #HASHING_SLOTS} is free, waiting
     * at most {@link #HASHING_WAIT}; when none frees up in time the try is given back to the throttle and
     * answered 503 with a Retry-After, so a burst of sign-ins can neither queue without end nor run the
     * memory out.
     */
    private <T> T hashing(SignInThrottle.Reservation attempt, java.util.function.Supplier<T> work) {
        boolean acquired;
        try {
            acquired = hashingSlots.tryAcquire(HASHING_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            if (attempt != null) {
                throttle.release(attempt);
            }
            long seconds = Math.max(1, HASHING_WAIT.toSeconds());
            throw new ApiException(
                            "sign-in-busy", "Too many sign-ins at once", 503, Text.of("problem.signInBusy", seconds))
                    .with(RETRY_AFTER_SECONDS, seconds);
        }
        try {
            return work.get();
        } finally {
            hashingSlots.release();
        }
    }

    /** Reserves a try with the throttle, or refuses it with the wait. */
    private SignInThrottle.Reservation reserveAttempt(String username, String address) {
        SignInThrottle.Reservation attempt = throttle.reserve(username, address);
        if (!attempt.granted()) {
            long seconds = Math.max(1, (attempt.waitFor().toMillis() + 999) / 1000);
            throw new ApiException(
                            "sign-in-throttled",
                            "Too many failed sign-ins",
                            429,
                            Text.of("problem.signInThrottled", seconds))
                    .with(RETRY_AFTER_SECONDS, seconds);
        }
        return attempt;
    }

    /**
     * Opens a new session for an account whose identity was checked elsewhere (an OpenID Connect
     * provider).
     */
    public NewSession open(StaffAccount account) {
        Instant now = clock.instant();
        String id = randomToken();
        String csrf = randomToken();
        Instant expires = now.plus(SESSION_LIFETIME);
        transactor.inTransaction(connection -> {
            staff.insertSession(connection, TokenHash.of(id), account.id(), csrf, now, expires);
            return null;
        });
        return new NewSession(id, new StaffSession(account, csrf, expires));
    }

    /**
     * The live session with this cookie id, if any: not past its lifetime, and used within the idle
     * timeout. Using it moves the idle timeout on.
     */
    public Optional<StaffSession> session(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = TokenHash.of(id);
        return transactor.inTransaction(connection -> {
            Optional<StaffSession> session = staff.session(connection, hash, now);
            if (session.isEmpty()) {
                return session;
            }
            Instant lastSeen = store.lastSeen(connection, hash).orElse(now);
            if (!lastSeen.plus(IDLE_TIMEOUT).isAfter(now)) {
                staff.deleteSession(connection, hash);
                return Optional.<StaffSession>empty();
            }
            if (Duration.between(lastSeen, now).compareTo(TOUCH_EVERY) >= 0) {
                store.touch(connection, hash, now);
            }
            return session;
        });
    }

    /** Ends the session with this cookie id. */
    public void signOut(String id) {
        if (id != null) {
            transactor.inTransaction(connection -> {
                staff.deleteSession(connection, TokenHash.of(id));
                return null;
            });
        }
    }

    /** Forgets recorded failures older than an hour, and ended sessions. */
    public void prune() {
        Instant now = clock.instant();
        transactor.inTransaction(connection -> {
            staff.prune(connection, now.minus(SignInThrottle.FORGET_AFTER));
            store.pruneIdle(connection, now.minus(IDLE_TIMEOUT));
            return null;
        });
    }

    /** Creates an account unless the username is taken; returns whether it did. */
    public boolean createAccount(String username, String displayName, StaffRole role, String password) {
        String hash = hasher.hash(password);
        return transactor.inTransaction(c -> staff.insertAccount(c, username, displayName, role, hash));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
