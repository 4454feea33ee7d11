package se.bricka.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.javalin.Javalin;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Request;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.ApiClient;
import se.bricka.core.wire.ChangeEvent;

/** The bus on a bare Javalin stream, with a change log held in memory. */
class SseChangeBusTest {

    private static final long PROPERTY = 1;

    private final List<ChangeEvent> log = new CopyOnWriteArrayList<>();
    private final SseChangeBus bus = new SseChangeBus(
            Json.newMapper(),
            new ChangeHistory() {
                @Override
                public List<LoggedChange> since(long version, int limit) {
                    return log.stream()
                            .filter(e -> e.version() > version)
                            .limit(limit)
                            .map(e -> new LoggedChange(e, PROPERTY))
                            .toList();
                }

                @Override
                public OptionalLong propertyOf(long version) {
                    return OptionalLong.of(PROPERTY);
                }
            },
            Duration.ofSeconds(15));
    private final Javalin app = Javalin.create(config -> config.routes.sse(
                    "/events", client -> bus.subscribe(client, PROPERTY, StreamStart.after(0), () -> {})))
            .start(0);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private EventSource stream;

    @AfterEach
    void stop() {
        stream.cancel();
        bus.close();
        app.stop();
    }

    @Test
    void changes_handed_over_out_of_order_are_sent_in_order_without_a_gap() {
        // given a connected device that has applied nothing
        connect();
        await().atMost(Duration.ofSeconds(2)).until(() -> bus.subscriberCount() == 1);

        // when versions 1 and 2 commit but 2 is published first (two request threads racing)
        log.add(change(1));
        log.add(change(2));
        bus.publish(change(2));
        bus.publish(change(1));

        // then the device receives 1 then 2, each once
        await().atMost(Duration.ofSeconds(2)).until(() -> received.size() >= 2);
        assertThat(received).containsExactly("1", "2");
    }

    @Test
    void a_device_connecting_after_changes_gets_them_replayed() {
        // given two changes already committed
        log.add(change(1));
        log.add(change(2));

        // when a device connects from version 0
        connect();

        // then it receives both
        await().atMost(Duration.ofSeconds(2)).until(() -> received.size() >= 2);
        assertThat(received).containsExactly("1", "2");
    }

    private void connect() {
        Request request = new Request.Builder()
                .url("http://localhost:" + app.port() + "/events")
                .build();
        stream = EventSources.createFactory(ApiClient.http()).newEventSource(request, new EventSourceListener() {
            @Override
            public void onEvent(EventSource source, String id, String type, String data) {
                received.add(id);
            }
        });
    }

    private static ChangeEvent change(long version) {
        return new ChangeEvent(
                version, ChangeEvent.BOOKING_CREATED, 1, LocalDate.of(2026, 11, 26), LocalTime.of(10, 0));
    }
}
