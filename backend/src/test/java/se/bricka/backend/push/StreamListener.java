package se.bricka.backend.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import se.bricka.backend.http.Json;
import se.bricka.backend.testing.ApiClient;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/** One device's event stream in a test, recording what it hears. */
final class StreamListener extends EventSourceListener {

    private static final ObjectMapper JSON = Json.newMapper();

    final List<String> ids = new CopyOnWriteArrayList<>();
    final List<String> data = new CopyOnWriteArrayList<>();
    final List<ChangeEvent> events = new CopyOnWriteArrayList<>();
    final EventSource stream;
    private final Map<Long, ChangeEvent> byVersion = new ConcurrentHashMap<>();
    private final CountDownLatch opened = new CountDownLatch(1);
    private volatile int status;

    /** Opens the stream of {@code device}, resuming after {@code lastEventId} unless it is {@code null}. */
    StreamListener(ApiClient device, String lastEventId) {
        Map<String, String> headers = lastEventId == null ? Map.of() : Map.of("Last-Event-ID", lastEventId);
        stream = EventSources.createFactory(ApiClient.http())
                .newEventSource(device.request(ApiPaths.DEVICE_EVENTS, headers).build(), this);
    }

    @Override
    public void onOpen(EventSource source, Response response) {
        status = response.code();
        opened.countDown();
    }

    @Override
    public void onEvent(EventSource source, String id, String type, String payload) {
        try {
            ChangeEvent event = JSON.readValue(payload, ChangeEvent.class);
            ids.add(id);
            data.add(payload);
            events.add(event);
            byVersion.put(event.version(), event);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onFailure(EventSource source, Throwable failure, Response response) {
        if (response != null) {
            status = response.code();
        }
        opened.countDown();
    }

    /** The event of {@code version}, once heard (within ten seconds). */
    ChangeEvent awaitVersion(long version) {
        await().atMost(Duration.ofSeconds(10)).until(() -> byVersion.containsKey(version));
        return byVersion.get(version);
    }

    /** Waits for the stream's answer and checks that it opened; returns the status. */
    int awaitOpen() {
        try {
            assertThat(opened.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(status).isEqualTo(200);
        return status;
    }
}
