package se.bricka.backend.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.core.demo.DemoCaretakers;
import se.bricka.core.demo.DemoDoors;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Problem;

/**
 * A fresh backend with demo data on a fresh database for each test, reached over real HTTP. The
 * clock stands at Wednesday 2026-11-25 09:30 in Stockholm until a test moves it.
 */
public abstract class ApiTestBase {

    protected static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    protected static final Instant NOW = Instant.parse("2026-11-25T08:30:00Z");
    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    protected static final LocalDate TOMORROW = TODAY.plusDays(1);
    protected static final LocalDate YESTERDAY = TODAY.minusDays(1);

    protected TestDatabase database;
    protected Backend backend;
    protected ApiClient board;
    protected long resourceId;
    protected MutableClock clock;
    private Map<String, String> caretakerSession;

    /** The database this run of the contract uses. */
    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void startBackend() {
        database = newDatabase();
        clock = new MutableClock(NOW, STOCKHOLM);
        backend = Backend.start(database.configure(BackendConfig.forTests(clock)));
        board = new ApiClient(backend.baseUri(), DemoTags.BOARD_TOKEN);
        resourceId = board.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of())
                .json()
                .path("resources")
                .path(0)
                .path("id")
                .asLong();
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

    protected Reply book(String tagHash, LocalDate date, String start) {
        return book(resourceId, tagHash, date, start);
    }

    protected Reply book(long resource, String tagHash, LocalDate date, String start) {
        return board.post(ApiPaths.BOOKINGS, bookingJson(resource, date.toString(), start), tag(tagHash));
    }

    /** The id of the demo object named {@code name}. */
    protected long resourceNamed(String name) {
        for (JsonNode resource : board.get(ApiPaths.RESOURCES, Map.of()).json()) {
            if (resource.path("name").asText().equals(name)) {
                return resource.path("id").asLong();
            }
        }
        throw new AssertionError("no object named " + name);
    }

    protected static String bookingJson(long resource, String date, String start) {
        return "{\"resourceId\":%d,\"date\":\"%s\",\"start\":\"%s\"}".formatted(resource, date, start);
    }

    protected static Map<String, String> tag(String tagHash) {
        return Map.of(ApiPaths.TAG_HEADER, tagHash);
    }

    protected long bookingRows() {
        return database.count("SELECT COUNT(*) FROM booking");
    }

    protected long activeBookings() {
        return database.count("SELECT COUNT(*) FROM booking WHERE active = TRUE");
    }

    protected JsonNode week(String tagHash, LocalDate day) {
        return week(resourceId, tagHash, day);
    }

    protected JsonNode week(long resource, String tagHash, LocalDate day) {
        Reply reply = board.get(ApiPaths.resourceWeek(resource) + "?week=" + day, tag(tagHash));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** The state of the slot of {@code week} on {@code date} at {@code start} ("10:00"). */
    protected static JsonNode slotOf(JsonNode week, LocalDate date, String start) {
        for (JsonNode slot : week.path("slots")) {
            if (slot.path("date").asText().equals(date.toString())
                    && slot.path("start").asText().startsWith(start)) {
                return slot;
            }
        }
        throw new AssertionError("no slot " + date + " " + start + " in " + week);
    }

    /**
     * The header of a session of the demo caretaker with a staff tag on the first board: the backend
     * checked the staff tag and the PIN. Staff actions from a board (closures, PINs) need it.
     */
    protected Map<String, String> caretakerSession() {
        if (caretakerSession == null) {
            Reply reply = board.post(
                    ApiPaths.DEVICE_CARETAKER_SESSIONS,
                    caretakerVerification(DemoCaretakers.ALL.getFirst().pin()),
                    Map.of());
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            caretakerSession = Map.of(
                    ApiPaths.CARETAKER_SESSION_HEADER,
                    reply.json().path("token").asText());
        }
        return caretakerSession;
    }

    /** The body a board sends to have the demo caretaker's staff tag and {@code pin} checked. */
    protected static String caretakerVerification(String pin) {
        return "{\"staffTagHash\":\"%s\",\"pin\":\"%s\"}".formatted(DemoTags.hash(DemoDoors.CARETAKER_TAG.hex()), pin);
    }

    /** {@code headers} and the {@link #caretakerSession()} header. */
    protected Map<String, String> withCaretaker(Map<String, String> headers) {
        Map<String, String> all = new java.util.HashMap<>(headers);
        all.putAll(caretakerSession());
        return all;
    }

    public static void assertProblem(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("type").asText()).isEqualTo(Problem.TYPE_PREFIX + code);
        assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception");
    }
}
