package se.bricka.kiosk.door;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import se.bricka.core.wire.AccessEventBatch;
import se.bricka.core.wire.AccessEventReceipt;
import se.bricka.core.wire.AccessEventUpload;
import se.bricka.core.wire.ApiPaths;

/**
 * A stand-in for the backend's access-event ingest (issue 7's contract: a batch in, a receipt out,
 * stored once per event id), which can be stopped and started again on the same port and can hold
 * its answer after storing, to let a test kill a device mid-upload. Every other path answers 503.
 */
final class FakeIngest implements AutoCloseable {

    private final ObjectMapper json = DoorJson.mapper();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger batches = new AtomicInteger();
    private volatile Duration answerDelay = Duration.ZERO;
    private int port;
    private HttpServer server;

    FakeIngest start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + port, e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        port = server.getAddress().getPort();
        return this;
    }

    void stop() {
        server.stop(0);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Hold each answer this long after the batch is stored. */
    void delayAnswers(Duration delay) {
        answerDelay = delay;
    }

    Set<String> stored() {
        return Set.copyOf(stored);
    }

    int duplicates() {
        return duplicates.get();
    }

    int batches() {
        return batches.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals(ApiPaths.DEVICE_ACCESS_EVENTS)) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            AccessEventBatch batch = json.readValue(exchange.getRequestBody(), AccessEventBatch.class);
            int fresh = 0;
            for (AccessEventUpload event : batch.events()) {
                if (stored.add(event.eventId())) {
                    fresh++;
                } else {
                    duplicates.incrementAndGet();
                }
            }
            batches.incrementAndGet();
            sleep(answerDelay);
            byte[] body = json.writeValueAsBytes(
                    new AccessEventReceipt(fresh, batch.events().size() - fresh, 0));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
