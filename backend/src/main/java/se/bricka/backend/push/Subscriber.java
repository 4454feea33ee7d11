package se.bricka.backend.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.backend.health.DomainMetrics;
import se.bricka.backend.http.Json;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ChangeEvent;

/**
 * One connected device. Its own virtual thread writes to it from a bounded queue, so a slow or dead
 * connection delays nobody else: the publisher only offers to the queue. A change of another property
 * is written as {@code elsewhere} with its version alone. Every write first checks that the stream is
 * still open, so a device that goes away during a replay ends it at once.
 */
final class Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);
    /** How many logged changes one read of a replay takes. */
    static final int REPLAY_PAGE = 200;

    /** What the sender thread writes next. */
    sealed interface Outgoing {}

    /**
     * A change with its JSON and what other properties' devices hear instead, both written once by the
     * publisher for every device rather than once per device; {@code queuedNanos} times the push lag.
     */
    record Change(LoggedChange change, String json, String elsewhereJson, long queuedNanos) implements Outgoing {
        Change(LoggedChange change, String json, String elsewhereJson) {
            this(change, json, elsewhereJson, System.nanoTime());
        }
    }

    record Heartbeat() implements Outgoing {}

    private final SseClient client;
    private final long property;
    private final StreamStart start;
    private final ChangeHistory history;
    private final ObjectMapper mapper;
    private final BlockingQueue<Outgoing> queue;
    private long lastSent;
    private volatile Thread sender;

    /** @param property the device's property: only its changes are written whole */
    Subscriber(
            SseClient client,
            long property,
            StreamStart start,
            ChangeHistory history,
            ObjectMapper mapper,
            int capacity) {
        this.client = client;
        this.property = property;
        this.start = start;
        this.history = history;
        this.mapper = mapper;
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    void start() {
        sender = Thread.ofVirtual().name("sse-subscriber").start(this::run);
    }

    /** Queues {@code item}; false when the queue is full, meaning this device cannot keep up. */
    boolean offer(Outgoing item) {
        return queue.offer(item);
    }

    /** Stops the sender and ends the stream; the device will reconnect and resume. */
    void close() {
        Thread thread = sender;
        if (thread != null) {
            thread.interrupt();
        }
        client.close();
    }

    private void run() {
        try {
            lastSent = start.after();
            if (start.resync()) {
                ChangeEvent resync = new ChangeEvent(lastSent, ChangeEvent.RESYNC, 0, null, null, null);
                send(lastSent, Json.write(mapper, resync));
            }
            // Replay before draining the queue: events published meanwhile wait there, and any overlap
            // is skipped by version.
            if (!replayBefore(Long.MAX_VALUE)) {
                return;
            }
            while (!client.terminated()) {
                switch (queue.take()) {
                    case Change change -> deliver(change);
                    case Heartbeat heartbeat -> client.sendComment("keep-alive");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("closing an event stream after a failure", e);
            client.close();
        }
    }

    /**
     * Sends {@code change}, first filling any gap from the change log: changes are published after
     * their commit by different request threads (or relayed from other nodes), so version 6 may be
     * handed over before version 5. Versions commit in order, so the log already holds the missing
     * ones.
     */
    private void deliver(Change change) {
        long version = change.change().event().version();
        if (version <= lastSent) {
            return;
        }
        if (version > lastSent + 1 && !replayBefore(version)) {
            return;
        }
        if (send(version, change.change().concerns(property) ? change.json() : change.elsewhereJson())) {
            DomainMetrics.pushed(System.nanoTime() - change.queuedNanos());
        }
    }

    /**
     * Writes the logged changes after the last one sent and before {@code upTo}, a page at a time.
     *
     * @return false when the stream closed meanwhile: nothing more is read or written
     */
    private boolean replayBefore(long upTo) {
        while (true) {
            List<LoggedChange> page = history.since(lastSent, REPLAY_PAGE);
            for (LoggedChange logged : page) {
                if (logged.event().version() >= upTo) {
                    return true;
                }
                if (!write(logged)) {
                    return false;
                }
            }
            if (page.size() < REPLAY_PAGE) {
                return true;
            }
        }
    }

    private boolean write(LoggedChange logged) {
        ChangeEvent event = logged.concerns(property)
                ? logged.event()
                : LoggedChange.elsewhere(logged.event().version());
        return event.version() <= lastSent || send(event.version(), Json.write(mapper, event));
    }

    /** Writes one event unless the stream has closed; false when it has. */
    private boolean send(long version, String json) {
        if (client.terminated()) {
            return false;
        }
        client.sendEvent(ApiPaths.CHANGE_EVENT, json, Long.toString(version));
        lastSent = version;
        return true;
    }
}
