package se.bricka.kiosk.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/**
 * Server-sent change events, kept alive: after a drop it reports offline and reconnects with a
 * jittered back-off, resuming from the last version it saw ({@code Last-Event-ID}); when the backend
 * refuses that version (400), from now.
 */
public final class SseChangeSubscription extends EventSourceListener implements ChangeSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(SseChangeSubscription.class);
    private static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final int HTTP_BAD_REQUEST = 400;

    private final EventSource.Factory factory;
    private final Request request;
    private final ObjectReader events;
    private final ChangeListener listener;
    private final Backoff backoff =
            new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), RandomGenerator.getDefault());
    private final ScheduledExecutorService reconnects;
    private volatile EventSource current;
    private volatile boolean closed;
    private volatile long lastVersion = -1;

    private SseChangeSubscription(OkHttpClient http, Request request, ObjectMapper json, ChangeListener listener) {
        this.factory = EventSources.createFactory(http);
        this.request = request;
        // A change that concerns no slot (tags, grants, doors, another property's) carries no resourceId,
        // date or start; a caller's mapper that refuses null primitives must still read it.
        this.events = json.readerFor(ChangeEvent.class).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.listener = listener;
        this.reconnects = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "change-feed-reconnect");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Opens {@code request} as an event stream on {@code http} and keeps it open until closed.
     *
     * @param l hears every change and every connect or drop
     */
    public static SseChangeSubscription start(OkHttpClient http, Request request, ObjectMapper json, ChangeListener l) {
        SseChangeSubscription subscription = new SseChangeSubscription(http, request, json, l);
        subscription.connect();
        return subscription;
    }

    private void connect() {
        if (closed) {
            return;
        }
        Request.Builder builder = request.newBuilder();
        if (lastVersion >= 0) {
            builder.header(LAST_EVENT_ID, Long.toString(lastVersion));
        }
        current = factory.newEventSource(builder.build(), this);
    }

    @Override
    public void onOpen(EventSource source, Response response) {
        if (closed) {
            return;
        }
        LOG.info("change feed connected");
        backoff.reset();
        listener.connection(true);
    }

    @Override
    public void onEvent(EventSource source, String id, String type, String data) {
        if (closed || (type != null && !ApiPaths.CHANGE_EVENT.equals(type))) {
            return;
        }
        try {
            ChangeEvent event = events.readValue(data);
            lastVersion = Math.max(lastVersion, event.version());
            listener.changed(event);
        } catch (JsonProcessingException e) {
            LOG.warn("ignored an unreadable change event: {}", e.getOriginalMessage());
        }
    }

    @Override
    public void onClosed(EventSource source) {
        dropped("closed by the backend");
    }

    @Override
    public void onFailure(EventSource source, Throwable failure, Response response) {
        if (response != null && response.code() == HTTP_BAD_REQUEST && lastVersion >= 0) {
            // The backend knows no such version (its database was restored or replaced): listen from
            // now; the reconnect's connection(true) makes every listener fetch what it shows.
            LOG.warn("the backend refused Last-Event-ID {}; listening from now", lastVersion);
            lastVersion = -1;
        }
        String why = failure != null ? failure.toString() : "answer " + (response == null ? "none" : response.code());
        dropped(why);
    }

    private void dropped(String why) {
        if (closed) {
            return;
        }
        listener.connection(false);
        Duration wait = backoff.next();
        LOG.info("change feed lost ({}); reconnecting in {} ms", why, wait.toMillis());
        try {
            reconnects.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("not reconnecting: the subscription is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        reconnects.shutdownNow();
        EventSource source = current;
        if (source != null) {
            source.cancel();
        }
    }
}
