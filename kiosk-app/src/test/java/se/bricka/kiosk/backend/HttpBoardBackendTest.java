package se.bricka.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.BookingConfirmation;
import se.bricka.core.wire.BookingRequest;
import se.bricka.core.wire.ChangeEvent;
import se.bricka.core.wire.Household;

class HttpBoardBackendTest {

    private static final String TOKEN = "test-device-token";
    private static final String TAG_HASH = "a".repeat(64);
    private static final String CONFIRMATION = """
            {"bookingId":7,"resourceId":1,"resourceName":"Tvättstuga A","date":"2026-11-26",
             "start":"10:00","end":"13:00","apartmentLabel":"1102"}""";

    private final MockWebServer server = new MockWebServer();
    private HttpBoardBackend client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = new HttpBoardBackend(server.url("/").uri(), TOKEN);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void a_request_carries_the_device_token_and_the_tag_hash() throws InterruptedException {
        // given
        server.enqueue(json(200, "{\"apartmentId\":3,\"apartmentLabel\":\"1102\"}"));

        // when
        Household household = client.identify(TAG_HASH);

        // then
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(household).isEqualTo(new Household(3, "1102"));
        assertThat(request.getUrl().encodedPath()).isEqualTo(ApiPaths.DEVICE_IDENTIFY);
        assertThat(request.getHeaders().get(ApiPaths.AUTHORIZATION)).isEqualTo("Bearer " + TOKEN);
        assertThat(request.getBody().utf8()).isEqualTo("{\"tagHash\":\"" + TAG_HASH + "\"}");
    }

    @Test
    void a_problem_document_becomes_a_refusal_carrying_its_code() {
        // given
        server.enqueue(new MockResponse.Builder()
                .code(409)
                .setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://bricka.se/problems/slot-taken\",\"title\":\"Taken\",\"status\":409,"
                        + "\"detail\":\"Someone else has it.\",\"code\":\"slot-taken\"}")
                .build());

        // when / then
        assertThatThrownBy(() -> client.book(thursdayAtTen(), TAG_HASH, UUID.randomUUID()))
                .isInstanceOfSatisfying(BackendRefusedException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("slot-taken");
                    assertThat(refusal.status()).isEqualTo(409);
                });
    }

    @Test
    void an_error_without_a_problem_document_is_an_unexpected_refusal() {
        // given
        server.enqueue(
                new MockResponse.Builder().code(500).body("<html>oops</html>").build());

        // when / then
        assertThatThrownBy(() -> client.identify(TAG_HASH))
                .isInstanceOfSatisfying(
                        BackendRefusedException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(BackendRefusedException.UNEXPECTED));
    }

    @Test
    void a_booking_that_does_not_get_through_is_retried_with_the_same_idempotency_key() throws Exception {
        // given
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json(201, CONFIRMATION));
        UUID key = UUID.randomUUID();

        // when
        BookingConfirmation confirmation = client.book(thursdayAtTen(), TAG_HASH, key);

        // then
        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(confirmation.bookingId()).isEqualTo(7);
        assertThat(first.getHeaders().get(ApiPaths.IDEMPOTENCY_HEADER)).isEqualTo(key.toString());
        assertThat(second.getHeaders().get(ApiPaths.IDEMPOTENCY_HEADER)).isEqualTo(key.toString());
        assertThat(second.getHeaders().get(ApiPaths.TAG_HEADER)).isEqualTo(TAG_HASH);
        assertThat(second.getBody().utf8()).contains("\"date\":\"2026-11-26\"");
    }

    @Test
    void an_unreachable_backend_is_offline_not_a_crash() {
        // given
        URI gone = server.url("/").uri();
        server.close();

        // when / then
        try (HttpBoardBackend unreachable = new HttpBoardBackend(gone, TOKEN)) {
            assertThatThrownBy(unreachable::bootstrap).isInstanceOf(BackendOfflineException.class);
        }
    }

    @Test
    void the_change_feed_reconnects_after_a_drop_and_resumes_from_the_last_version() throws Exception {
        // given: two streams that each end after one event
        server.enqueue(events("{\"version\":1,\"kind\":\"booking-created\",\"resourceId\":1,"
                + "\"date\":\"2026-11-26\",\"start\":\"10:00\"}"));
        server.enqueue(events("{\"version\":2,\"kind\":\"booking-cancelled\",\"resourceId\":1,"
                + "\"date\":\"2026-11-26\",\"start\":\"10:00\"}"));
        RecordingListener listener = new RecordingListener();

        // when
        ChangeSubscription subscription = client.subscribe(listener);
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> listener.events.size() == 2);

            // then
            assertThat(listener.events).extracting(ChangeEvent::version).containsExactly(1L, 2L);
            assertThat(listener.connections).startsWith(true, false, true);
            server.takeRequest(5, TimeUnit.SECONDS);
            RecordedRequest reconnect = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(reconnect.getUrl().encodedPath()).isEqualTo(ApiPaths.DEVICE_EVENTS);
            assertThat(reconnect.getHeaders().get("Last-Event-ID")).isEqualTo("1");
        } finally {
            subscription.close();
        }
    }

    @Test
    void every_listener_of_a_board_shares_one_push_connection() throws Exception {
        // given: one stream with one event, held open
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream")
                .body("event: change\ndata: {\"version\":4,\"kind\":\"caretaker-pins-changed\"}\n\n")
                .bodyDelay(300, TimeUnit.MILLISECONDS)
                .build());
        RecordingListener board = new RecordingListener();
        RecordingListener maintenance = new RecordingListener();

        // when
        ChangeSubscription first = client.subscribe(board);
        ChangeSubscription second = client.subscribe(maintenance);
        try {
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> board.events.size() == 1 && maintenance.events.size() == 1);

            // then
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(maintenance.events).extracting(ChangeEvent::version).containsExactly(4L);
            assertThat(maintenance.connections).startsWith(true);
        } finally {
            first.close();
            second.close();
        }
    }

    private static BookingRequest thursdayAtTen() {
        return new BookingRequest(1L, LocalDate.of(2026, 11, 26), LocalTime.of(10, 0));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    private static MockResponse events(String data) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream")
                .body("event: change\ndata: " + data + "\n\n")
                .build();
    }

    private static final class RecordingListener implements ChangeListener {
        final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
        final List<Boolean> connections = new CopyOnWriteArrayList<>();

        @Override
        public void changed(ChangeEvent event) {
            events.add(event);
        }

        @Override
        public void connection(boolean online) {
            connections.add(online);
        }
    }
}
