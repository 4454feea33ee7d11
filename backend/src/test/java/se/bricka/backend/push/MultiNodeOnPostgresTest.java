package se.bricka.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
import se.bricka.backend.device.TokenHash;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/** Two backend nodes on one PostgreSQL: a change made on one reaches boards connected to the other. */
class MultiNodeOnPostgresTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-25T08:30:00Z"), ZoneId.of("Europe/Stockholm"));

    private final PostgresTestDatabase database = new PostgresTestDatabase();
    private final Backend nodeA = Backend.start(database.configure(BackendConfig.forTests(CLOCK)));
    private final Backend nodeB = Backend.start(database.configure(BackendConfig.forTests(CLOCK)));
    private final List<String> receivedOnB = new CopyOnWriteArrayList<>();
    private EventSource stream;

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.cancel();
        }
        nodeA.close();
        nodeB.close();
        database.close();
    }

    @Test
    void booking_on_one_node_reaches_a_board_on_the_other_within_two_seconds() {
        // given board 2 listening on node B
        ApiClient boardOnB = new ApiClient(nodeB.baseUri(), DemoTags.BOARD_TOKEN);
        stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(
                        boardOnB.request(ApiPaths.DEVICE_EVENTS, Map.of()).build(), new EventSourceListener() {
                            @Override
                            public void onEvent(EventSource source, String id, String type, String data) {
                                receivedOnB.add(id);
                            }
                        });
        await().atMost(Duration.ofSeconds(2)).until(() -> nodeB.connectedDevices() == 1);

        // when board 1 books on node A
        var reply = new ApiClient(nodeA.baseUri(), DemoTags.BOARD_TOKEN)
                .post(
                        ApiPaths.BOOKINGS,
                        "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"10:00\"}",
                        Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));

        // then node B's board hears of it, once
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(2)).until(() -> !receivedOnB.isEmpty());
        assertThat(receivedOnB).containsExactly("1");
    }

    @Test
    void a_device_of_another_property_on_the_other_node_hears_the_booking_as_its_version_alone() throws SQLException {
        // given a device of a second property listening on node B
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO property (name, time_zone) VALUES ('Kvarteret Granen', 'Europe/Stockholm')");
            statement.execute("INSERT INTO device (device_id, name, property_id, token_hash) SELECT 'granen-door',"
                    + " 'Granen', id, '" + TokenHash.of("granen-token")
                    + "' FROM property WHERE name = 'Kvarteret Granen'");
        }
        List<String> heardOnB = new CopyOnWriteArrayList<>();
        stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(
                        new ApiClient(nodeB.baseUri(), "granen-token")
                                .request(ApiPaths.DEVICE_EVENTS, Map.of())
                                .build(),
                        new EventSourceListener() {
                            @Override
                            public void onEvent(EventSource source, String id, String type, String data) {
                                heardOnB.add(data);
                            }
                        });
        await().atMost(Duration.ofSeconds(2)).until(() -> nodeB.connectedDevices() == 1);

        // when a board of the demo property books on node A
        var reply = new ApiClient(nodeA.baseUri(), DemoTags.BOARD_TOKEN)
                .post(
                        ApiPaths.BOOKINGS,
                        "{\"resourceId\":1,\"date\":\"2026-11-26\",\"start\":\"10:00\"}",
                        Map.of(ApiPaths.TAG_HEADER, DemoTags.APARTMENT_1102));

        // then node B's device hears version 1 and nothing of the booking
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(2)).until(() -> !heardOnB.isEmpty());
        assertThat(new Reply(200, "", heardOnB.getFirst()).as(ChangeEvent.class))
                .isEqualTo(new ChangeEvent(1, ChangeEvent.ELSEWHERE, 0, null, null, null));
    }
}
