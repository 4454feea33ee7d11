package se.bricka.backend.push;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.OptionalLong;
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
 * connection delays nobody else: the publisher only offers to the queue.
 */
final class Subscriber {

    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);

    /** What the sender thread writes next. */
    sealed interface Outgoing {}

    /** A change and its JSON, written once by the publisher for every device rather than once per device. */
    record Change(ChangeEvent event, String json, long queuedNanos) implements Outgoing {
        Change(ChangeEvent event, String json) {
            this(event, json, System.nanoTime());
        }
    }

    record Heartbeat() implements Outgoing {}

    private final SseClient client;
    private final OptionalLong resumeAfter;
    private final ChangeHistory history;
    private final ObjectMapper mapper;
    private final BlockingQueue<Outgoing> queue;
    private long lastSent = Long.MIN_VALUE;
    private volatile Thread sender;

    Subscriber(SseClient client, OptionalLong resumeAfter, ChangeHistory history, ObjectMapper mapper, int capacity) {
        this.client = client;
        this.resumeAfter = resumeAfter;
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
            // Replay before draining the queue: events published meanwhile wait there, and any overlap
            // is skipped by version.
            if (resumeAfter.isPresent()) {
                lastSent = resumeAfter.getAsLong();
                history.since(lastSent).forEach(this::write);
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
     * Sends {@code event}, first filling any gap from the change log: changes are published after
     * their commit by different request threads (or relayed from other nodes), so version 6 may be
     * handed over before version 5. Versions commit in order, so the log already holds the missing
     * ones.
     */
    private void deliver(Change change) {
        ChangeEvent event = change.event();
        if (event.version() <= lastSent) {
            return;
        }
        if (lastSent != Long.MIN_VALUE && event.version() > lastSent + 1) {
            for (ChangeEvent missed : history.since(lastSent)) {
                if (missed.version() < event.version()) {
                    write(missed);
                }
            }
        }
        send(event, change.json());
        DomainMetrics.pushed(System.nanoTime() - change.queuedNanos());
    }

    private void write(ChangeEvent event) {
        if (event.version() > lastSent) {
            send(event, Json.write(mapper, event));
        }
    }

    private void send(ChangeEvent event, String json) {
        client.sendEvent(ApiPaths.CHANGE_EVENT, json, Long.toString(event.version()));
        lastSent = event.version();
    }
}
