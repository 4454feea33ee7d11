package se.bricka.backend.testing;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;

/**
 * A fresh backend with demo data (staff accounts included) on a fresh database for each test, with a
 * clock the test can move. It starts at Wednesday 2026-11-25 09:30 in Stockholm.
 */
public abstract class StaffTestBase {

    protected static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    protected static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");

    public static final String CUSTOMER_SERVICE = "kundtjanst";
    public static final String SOCIAL_UNIT = "bosocial";
    public static final String IT_ADMIN = "it-admin";
    public static final String CARETAKER = "vicevard";

    protected TestDatabase database;
    protected Backend backend;
    protected MutableClock clock;
    protected ApiClient board;

    /** The database this run of the contract uses. */
    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void startBackend() {
        database = newDatabase();
        clock = new MutableClock(NOW, STOCKHOLM);
        backend = Backend.start(database.configure(BackendConfig.forTests(clock)));
        board = new ApiClient(backend.baseUri(), DemoTags.BOARD_TOKEN);
    }

    @AfterEach
    void stopBackend() {
        if (backend != null) {
            backend.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** A client signed in as the demo account {@code username} (password {@code demo-<username>}). */
    protected StaffClient signedIn(String username) {
        StaffClient client = new StaffClient(backend.baseUri());
        StaffClient.Page answer = client.signIn(username, "demo-" + username);
        if (answer.status() != 303) {
            throw new AssertionError("sign-in of " + username + " failed: " + answer.status() + " " + answer.body());
        }
        return client;
    }

    /** The id of the demo apartment labelled {@code label}. */
    protected long apartmentId(String label) {
        return database.count("SELECT id FROM apartment WHERE label = '" + label + "'");
    }
}
