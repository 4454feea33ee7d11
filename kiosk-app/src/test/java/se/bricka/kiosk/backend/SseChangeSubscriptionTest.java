package se.bricka.kiosk.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.bricka.core.wire.ChangeEvent;

/** The board's change feed when the backend refuses the version it resumes from. */
class SseChangeSubscriptionTest {

    private final MockWebServer server = new MockWebServer();
    private HttpBoardBackend client;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = new HttpBoardBackend(server.url("/").uri(), "test-device-token");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void a_refused_last_event_id_is_dropped_and_the_feed_listens_from_now() throws Exception {
        // given a stream that ends after version 5, a backend that then knows no version 5 (its database
        // was replaced), and a stream after that
        server.enqueue(events("{\"version\":5,\"kind\":\"caretaker-pins-changed\"}"));
        server.enqueue(new MockResponse.Builder()
                .code(400)
                .setHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"https://bricka.se/problems/bad-request\",\"code\":\"bad-request\",\"status\":400}")
                .build());
        server.enqueue(events("{\"version\":1,\"kind\":\"booking-created\",\"resourceId\":1}"));
        List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
        ChangeListener listener = new ChangeListener() {
            @Override
            public void changed(ChangeEvent event) {
                heard.add(event);
            }

            @Override
            public void connection(boolean online) {}
        };

        // when
        ChangeSubscription subscription = client.subscribe(listener);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.size() == 2);

            // then it resumed from 5 once, was refused, and then listened without a Last-Event-ID
            RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
            RecordedRequest refused = server.takeRequest(5, TimeUnit.SECONDS);
            RecordedRequest fresh = server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(first.getHeaders().get("Last-Event-ID")).isNull();
            assertThat(refused.getHeaders().get("Last-Event-ID")).isEqualTo("5");
            assertThat(fresh.getHeaders().get("Last-Event-ID")).isNull();
            assertThat(heard).extracting(ChangeEvent::version).containsExactly(5L, 1L);
        } finally {
            subscription.close();
        }
    }

    @Test
    void a_change_without_a_slot_is_heard_by_a_device_whose_mapper_refuses_null_numbers() throws Exception {
        // given a door controller's strict mapper, and a tag change that names no object, date or start
        server.enqueue(events("{\"version\":7,\"kind\":\"tag-blocked\"}"));
        ObjectMapper strict = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        List<ChangeEvent> heard = new CopyOnWriteArrayList<>();
        ChangeListener listener = new ChangeListener() {
            @Override
            public void changed(ChangeEvent event) {
                heard.add(event);
            }

            @Override
            public void connection(boolean online) {}
        };

        // when
        SseChangeSubscription subscription = SseChangeSubscription.start(
                new OkHttpClient(),
                new Request.Builder().url(server.url("/events")).build(),
                strict,
                listener);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());

            // then it is heard as the change of its kind, concerning no slot
            assertThat(heard.getFirst().version()).isEqualTo(7);
            assertThat(heard.getFirst().kind()).isEqualTo("tag-blocked");
            assertThat(heard.getFirst().concernsSlot()).isFalse();
        } finally {
            subscription.close();
        }
    }

    private static MockResponse events(String data) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "text/event-stream")
                .body("event: change\ndata: " + data + "\n\n")
                .build();
    }
}
