package se.bricka.backend.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Optional;
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.persistence.Transactor;
import se.bricka.backend.staff.StaffRepository.Credentials;
import se.bricka.backend.staff.StaffRepository.FailureWindow;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffRole;

/**
 * Staff sign-in: Argon2id password check, throttling, and sessions. Each sign-in opens a brand-new
 * session with a new random id, so an id planted before sign-in (session fixation) is never honoured.
 */
public final class SignInService {

    /** At most this many failed sign-ins per account and hour; then the account is locked. */
    public static final int MAX_FAILURES_PER_HOUR = 100;

    /** How long a session lasts from sign-in. */
    public static final Duration SESSION_LIFETIME = Duration.ofHours(8);

    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_USERNAME = 64;
    private static final int MAX_PASSWORD = 1024;
    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final Transactor transactor;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();
    private final StaffRepository staff = new StaffRepository();
    private final SecureRandom random = new SecureRandom();

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
    }

    /**
     * Checks the password and opens a new session.
     *
     * @throws se.bricka.backend.http.ApiException 401 {@code sign-in-failed} or 429 {@code sign-in-locked}
     */
    public NewSession signIn(String username, String password) {
        if (username == null
                || password == null
                || username.length() > MAX_USERNAME
                || password.length() > MAX_PASSWORD) {
            throw StaffProblems.signInFailed();
        }
        Instant now = clock.instant();
        FailureWindow failures =
                transactor.inTransaction(connection -> staff.failuresSince(connection, username, now.minus(WINDOW)));
        if (failures.count() >= MAX_FAILURES_PER_HOUR) {
            throw StaffProblems.signInLocked(Text.of(
                    "problem.signInLocked",
                    username,
                    HH_MM.format(failures.first().plus(WINDOW))));
        }
        Optional<Credentials> credentials = transactor.inTransaction(c -> staff.credentials(c, username));
        // An unknown username costs as much as a wrong password, so timing does not reveal accounts.
        boolean matches = hasher.matches(
                password, credentials.map(Credentials::passwordHash).orElseGet(() -> DummyHash.VALUE));
        if (credentials.isEmpty() || !matches) {
            transactor.inTransaction(connection -> {
                staff.recordFailure(connection, username, now);
                return null;
            });
            throw StaffProblems.signInFailed();
        }
        return open(credentials.get().account(), now);
    }

    private NewSession open(StaffAccount account, Instant now) {
        String id = randomToken();
        String csrf = randomToken();
        Instant expires = now.plus(SESSION_LIFETIME);
        transactor.inTransaction(connection -> {
            staff.insertSession(connection, TokenHash.of(id), account.id(), csrf, now, expires);
            return null;
        });
        return new NewSession(id, new StaffSession(account, csrf, expires));
    }

    /** The live session with this cookie id, if any. */
    public Optional<StaffSession> session(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_PASSWORD) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return transactor.inTransaction(connection -> staff.session(connection, TokenHash.of(id), now));
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

    /** Forgets failures older than the throttling window and expired sessions. */
    public void prune() {
        Instant before = clock.instant().minus(WINDOW);
        transactor.inTransaction(connection -> {
            staff.prune(connection, before);
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
