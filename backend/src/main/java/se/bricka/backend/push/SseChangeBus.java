package se.bricka.backend.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.http.Json;
import se.bricka.core.wire.ChangeEvent;

/** Pushes changes to the devices connected to this node over server-sent events. */
public final class SseChangeBus implements ChangePublisher, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SseChangeBus.class);
    private static final int QUEUE_CAPACITY = 256;

    private final ObjectMapper mapper;
    private final ChangeHistory history;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;

    /**
     * @param heartbeatEvery how often an idle stream gets a comment: it keeps proxies and Jetty's idle
     *     timeout from closing the stream, and a failed write is how a vanished device is noticed
     */
    public SseChangeBus(ObjectMapper mapper, ChangeHistory history, Duration heartbeatEvery) {
        this.mapper = mapper;
        this.history = history;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("sse-heartbeat").factory());
        long period = heartbeatEvery.toMillis();
        heartbeat.scheduleAtFixedRate(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Keeps {@code client} open and sends it, from {@code start} on, every change: whole when it is of
     * {@code property} (or names nothing), as {@code elsewhere} otherwise.
     *
     * @param whenClosed run once the stream has ended
     */
    public void subscribe(SseClient client, long property, StreamStart start, Runnable whenClosed) {
        client.keepAlive();
        Subscriber subscriber = new Subscriber(client, property, start, history, mapper, QUEUE_CAPACITY);
        subscribers.add(subscriber);
        client.onClose(() -> {
            subscribers.remove(subscriber);
            whenClosed.run();
        });
        subscriber.start();
    }

    /** How many devices are connected to this node. */
    public int subscriberCount() {
        return subscribers.size();
    }

    @Override
    public void publish(ChangeEvent event) {
        if (subscribers.isEmpty()) {
            return;
        }
        OptionalLong property;
        try {
            property = history.propertyOf(event.version());
        } catch (RuntimeException e) {
            property = OptionalLong.empty();
            LOG.warn("cannot read whose change {} is", event.version(), e);
        }
        if (property.isEmpty()) {
            // Whose it is decides who may read it; the devices reconnect and read it from the log.
            LOG.warn("change {} has no property on record; closing every event stream", event.version());
            subscribers.forEach(this::drop);
            return;
        }
        Subscriber.Change change = new Subscriber.Change(
                new LoggedChange(event, property.getAsLong()),
                Json.write(mapper, event),
                Json.write(mapper, LoggedChange.elsewhere(event.version())));
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.offer(change)) {
                // Dropping one event silently would leave the device wrong; closing makes it resync.
                LOG.warn("an event stream fell {} changes behind; closing it", QUEUE_CAPACITY);
                drop(subscriber);
            }
        }
    }

    private void beat() {
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.offer(new Subscriber.Heartbeat())) {
                drop(subscriber);
            }
        }
    }

    private void drop(Subscriber subscriber) {
        subscribers.remove(subscriber);
        subscriber.close();
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
        subscribers.forEach(this::drop);
    }
}
