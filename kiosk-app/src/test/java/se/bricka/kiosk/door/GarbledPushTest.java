package se.bricka.kiosk.door;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.bricka.core.wire.ApiPaths;

/**
 * Over real HTTP: garbage pushes, deltas that do not check out or are cut short, and a truncated
 * snapshot download change nothing the device holds.
 */
class GarbledPushTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private final ObjectMapper json = DoorJson.mapper();
    private final AtomicBoolean truncate = new AtomicBoolean(true);
    private final AtomicInteger downloads = new AtomicInteger();
    private final CountDownLatch end = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        end.countDown();
        server.stop(0);
    }

    @Test
    void garbage_pushes_and_a_truncated_snapshot_leave_the_held_snapshot_untouched() throws Exception {
        // given
        startServer();
        SnapshotStore store = new SnapshotStore(dir.resolve("snapshot.json"));
        store.save(TestSnapshots.withBooking(3, DAY));
        Clock clock = Clock.systemUTC();
        try (SnapshotSync sync = new SnapshotSync(
                HttpDeviceLink.create(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "t"),
                store,
                new ReferenceClock(clock),
                clock)) {

            // when
            sync.start();

            // then
            await().atMost(Duration.ofSeconds(5)).until(() -> downloads.get() >= 2); // at start and after the push
            assertThat(sync.version()).isEqualTo(3);
            assertThat(store.load().orElseThrow().version()).isEqualTo(3);

            // and a whole download afterwards is applied
            truncate.set(false);
            sync.requestRefresh();
            await().atMost(Duration.ofSeconds(5)).until(() -> sync.version() == 8);
        }
    }

    private void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext(ApiPaths.DEVICE_EVENTS, this::events);
        server.createContext(ApiPaths.DEVICE_ACCESS_SNAPSHOT, this::snapshot);
        server.start();
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        // Version 4 is the next one after the held 3: a delta with a bad hash, then one cut short.
        out.write(("event: change\nid: 4\ndata: {\"version\":4,\"kind\":\"tag-blocked\",\"resourceId\":0,"
                        + "\"delta\":{\"residents\":[{\"tagHash\":\"zz\",\"apartmentId\":7,\"buildingId\":1,"
                        + "\"blocked\":true}]}}\n\n"
                        + "event: change\nid: 4\ndata: {\"version\":4,\"kind\":\"tag-blocked\",\"resourceId\":0,"
                        + "\"delta\":{\"residents\":[{\"tagHa\n\n"
                        + "event: change\nid: 7\ndata: {not json at all\n\n"
                        + "event: change\nid: 7\ndata: {\"version\":7,\"kind\n\n"
                        + "event: change\nid: 8\ndata: {\"version\":8,\"kind\":\"tag-blocked\",\"resourceId\":0}\n\n")
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            end.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exchange.close();
    }

    private void snapshot(HttpExchange exchange) throws IOException {
        downloads.incrementAndGet();
        byte[] whole = json.writeValueAsBytes(TestSnapshots.residentBlocked(8, DAY));
        byte[] body = truncate.get() ? Arrays.copyOf(whole, whole.length / 2) : whole;
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
