package se.bricka.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.junit.jupiter.api.Test;
import se.bricka.backend.testing.ApiClient;
import se.bricka.backend.testing.ApiTestBase;
import se.bricka.backend.testing.DemoTags;
import se.bricka.backend.testing.Reply;
import se.bricka.core.wire.ApiPaths;

/**
 * 260 clients sending their requests a byte at a time hold no thread and are cut at the deadline,
 * while a device's change stream outlives the idle timeout.
 */
public abstract class SlowClientContract extends ApiTestBase {

    private static final int SLOW_BODIES = 200;
    private static final int SLOW_HEADS = 60;
    private static final Duration BYTE_EVERY = Duration.ofMillis(200);
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);

    /** One connection that sends the rest of its request a byte per tick. */
    private static final class SlowSender {
        private final Socket socket;
        private final byte[] unsent;
        private int next;
        private boolean cut;

        SlowSender(Socket socket, String alreadySent, String unsent) throws IOException {
            this.socket = socket;
            this.unsent = unsent.getBytes(StandardCharsets.US_ASCII);
            socket.getOutputStream().write(alreadySent.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }

        void sendOneByte() {
            if (cut || next >= unsent.length) {
                return;
            }
            try {
                socket.getOutputStream().write(unsent[next++]);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                cut = true;
            }
        }

        /** Whether the server has closed the connection (end of stream or reset). */
        boolean isCutByServer() {
            if (cut) {
                return true;
            }
            try {
                socket.setSoTimeout(1);
                InputStream in = socket.getInputStream();
                while (true) {
                    if (in.read() < 0) {
                        cut = true;
                        return true;
                    }
                }
            } catch (SocketTimeoutException stillOpen) {
                return false;
            } catch (IOException reset) {
                cut = true;
                return true;
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // the test is over with this connection either way
            }
        }
    }

    @Test
    void slow_requests_do_not_stall_health_sign_in_or_devices_and_are_cut_after_the_deadline_while_streams_live()
            throws Exception {
        // given 200 clients sending a booking body a byte at a time and 60 sending their head a byte at a time
        String head = "POST " + ApiPaths.BOOKINGS + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + DemoTags.BOARD_TOKEN + "\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n";
        String body = bookingJson(resourceId, TOMORROW.toString(), "10:00") + " ".repeat(400);
        // and a board listening to its change stream
        List<String> pushed = new CopyOnWriteArrayList<>();
        AtomicInteger opens = new AtomicInteger();
        long listeningSince = System.nanoTime();
        // (a client of its own: the shared one gives up on a call after 30 s)
        var streaming = ApiClient.http()
                .newBuilder()
                .callTimeout(Duration.ZERO)
                .readTimeout(Duration.ofMinutes(1))
                .build();
        EventSource stream = EventSources.createFactory(streaming)
                .newEventSource(board.request(ApiPaths.DEVICE_EVENTS, Map.of()).build(), new EventSourceListener() {
                    @Override
                    public void onOpen(EventSource source, Response response) {
                        opens.incrementAndGet();
                    }

                    @Override
                    public void onEvent(EventSource source, String id, String type, String data) {
                        pushed.add(data);
                    }
                });
        long bookingsBefore = bookingRows();
        List<SlowSender> senders = new ArrayList<>();
        AtomicBoolean flooding = new AtomicBoolean(true);
        Thread driver = null;
        try {
            for (int i = 0; i < SLOW_BODIES; i++) {
                senders.add(new SlowSender(new Socket("127.0.0.1", backend.port()), head, body));
            }
            for (int i = 0; i < SLOW_HEADS; i++) {
                senders.add(new SlowSender(new Socket("127.0.0.1", backend.port()), "P", head.substring(1)));
            }
            driver = Thread.ofPlatform().daemon().start(() -> {
                long stopAt = System.nanoTime()
                        + SlowClients.ARRIVAL_DEADLINE.plusSeconds(10).toNanos();
                while (flooding.get() && System.nanoTime() < stopAt) {
                    senders.forEach(SlowSender::sendOneByte);
                    try {
                        Thread.sleep(BYTE_EVERY);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            Thread.sleep(1000);

            // when health, the sign-in page and a device route are asked meanwhile
            for (int round = 0; round < 3; round++) {
                assertAnsweredQuickly(() -> new ApiClient(backend.baseUri(), null).get(ApiPaths.HEALTH, Map.of()));
                assertAnsweredQuickly(() -> new ApiClient(backend.baseUri(), null).get("/staff/sign-in", Map.of()));
                assertAnsweredQuickly(() -> board.get(ApiPaths.DEVICE_BOOTSTRAP, Map.of()));
                Thread.sleep(1000);
            }

            // then every slow connection is cut once the deadline has passed, and nothing was booked
            assertThat(senders.stream().filter(SlowSender::isCutByServer).count())
                    .as("slow connections cut before the deadline")
                    .isZero();
            Thread.sleep(SlowClients.ARRIVAL_DEADLINE.minusSeconds(4).plusSeconds(2));
            assertThat(senders.stream()
                            .filter(sender -> !sender.isCutByServer())
                            .count())
                    .as("slow connections still open after the deadline")
                    .isZero();
            assertThat(bookingRows()).isEqualTo(bookingsBefore);

            // and the change stream, quiet but for its heartbeats, outlives the idle timeout on one connection
            Duration listened = Duration.ofNanos(System.nanoTime() - listeningSince);
            Thread.sleep(SlowClients.IDLE_TIMEOUT.plusSeconds(3).minus(listened));
            assertThat(book(DemoTags.APARTMENT_1102, TOMORROW, "10:00").status())
                    .isEqualTo(201);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> pushed.stream().anyMatch(data -> data.contains("booking-created")));
            assertThat(opens.get()).as("stream connections opened").isEqualTo(1);
        } finally {
            stream.cancel();
            flooding.set(false);
            if (driver != null) {
                driver.join();
            }
            senders.forEach(SlowSender::close);
        }
    }

    private interface Call {
        Reply send();
    }

    private static void assertAnsweredQuickly(Call call) {
        long start = System.nanoTime();
        Reply reply = call.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(took).isLessThan(ANSWERED_WITHIN);
    }
}
