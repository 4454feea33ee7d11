package se.bricka.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.Backend;
import se.bricka.backend.BackendConfig;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.core.wire.ApiPaths;

/** Two installations in two schemas of one PostgreSQL database do not hear each other's changes. */
class SchemaIsolationOnPostgresTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));

    private final PostgresTestDatabase first = new PostgresTestDatabase();
    private final PostgresTestDatabase second = new PostgresTestDatabase();
    private final Backend installationA = Backend.start(first.configure(BackendConfig.forTests(CLOCK)));
    private final Backend installationB = Backend.start(second.configure(BackendConfig.forTests(CLOCK)));
    private final List<String> receivedOnA = new CopyOnWriteArrayList<>();
    private EventSource stream;

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.cancel();
        }
        installationA.close();
        installationB.close();
        first.close();
        second.close();
    }

    @Test
    void a_change_in_another_schema_never_reaches_this_installations_boards() {
        // given a board listening on installation A
        ApiClient boardOnA = new ApiClient(installationA.baseUri(), DemoTags.BOARD_TOKEN);
        stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(
                        boardOnA.request(ApiPaths.DEVICE_EVENTS, Map.of()).build(), new EventSourceListener() {
                            @Override
                            public void onEvent(EventSource source, String id, String type, String data) {
                                receivedOnA.add(id);
                            }
                        });
        await().atMost(Duration.ofSeconds(2)).until(() -> installationA.connectedDevices() == 1);

        // when a booking is made on installation B, in its own schema
        var reply = new ApiClient(installationB.baseUri(), DemoTags.BOARD_TOKEN)
                .post(
                        ApiPaths.BOOKINGS,
                        "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"10:00\"}",
                        Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));

        // then A's board hears nothing (a relayed change arrives well within a second)
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(receivedOnA::isEmpty);
    }
}
