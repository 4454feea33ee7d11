package se.bricka.backend.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow and idle clients from holding the server. A request's head and body must arrive within
 * {@link #ARRIVAL_DEADLINE} of its first byte, plus a second per {@link #MIN_BYTES_PER_SECOND} of
 * declared body, or its connection is closed; a connection that sends
 * nothing for {@link #IDLE_TIMEOUT} is closed. A body is read in full before a thread runs the route,
 * so a body sent byte by byte holds a connection, never one of the server's threads.
 *
 * <p>The device event stream is a response, not an arrival: its request has long arrived, and its
 * heartbeats (every 15 s) keep it inside the idle timeout.
 */
public final class SlowClients {

    /** Far more than the head and the few hundred bytes of body of a request need on any link. */
    public static final Duration ARRIVAL_DEADLINE = Duration.ofSeconds(10);

    /** Twice the event stream's heartbeat period, so one late heartbeat does not cut a device off. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** The slowest body accepted: a full access-event upload of 512 KiB then has a minute more. */
    public static final long MIN_BYTES_PER_SECOND = 8 * 1024;

    /** Bodies up to this size are read before the route runs: the largest any route accepts, and some. */
    static final int MAX_READ_AHEAD_BYTES = 1024 * 1024;

    private static final Duration SCAN_PERIOD = Duration.ofMillis(250);

    private SlowClients() {}

    /** Puts the body reader in front of the server's handler and the deadline watch beside it. */
    public static void install(Server server) {
        server.setHandler(new WholeBodyFirst(server.getHandler(), MAX_READ_AHEAD_BYTES));
        server.addBean(new ArrivalWatch(server));
    }

    /** Reads a bounded body without a thread, then hands the request on with the body in memory. */
    private static final class WholeBodyFirst extends Handler.Wrapper {

        private final int maxBytes;

        WholeBodyFirst(Handler handler, int maxBytes) {
            super(handler);
            this.maxBytes = maxBytes;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            long length = request.getLength();
            boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
            if (length > maxBytes || length <= 0 && !chunked) {
                // No body, or one the routes refuse with 413 without reading it.
                return super.handle(request, response, callback);
            }
            // BLOCKING: the route runs on the thread that completes the read, and routes block.
            Content.Source.asByteArrayAsync(
                    request, maxBytes, Promise.Invocable.from(InvocationType.BLOCKING, (body, failure) -> {
                        if (failure != null) {
                            // The client went away or sent more than any route accepts.
                            callback.failed(failure);
                        } else {
                            handOn(request, body, response, callback);
                        }
                    }));
            return true;
        }

        private void handOn(Request request, byte[] body, Response response, Callback callback) {
            try {
                if (!super.handle(new ReadRequest(request, body), response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable e) {
                callback.failed(e);
            }
        }
    }

    /** A request whose body has been read: its content is one last chunk. */
    private static final class ReadRequest extends Request.Wrapper {

        private final long length;
        private Content.Chunk unread;

        ReadRequest(Request request, byte[] body) {
            super(request);
            this.length = body.length;
            this.unread = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public long getLength() {
            return length;
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk chunk = unread;
            unread = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public synchronized boolean consumeAvailable() {
            unread = Content.Chunk.EOF;
            return true;
        }
    }

    /** Closes connections whose request is still arriving after the deadline. */
    private static final class ArrivalWatch extends AbstractLifeCycle {

        private static final Logger LOG = LoggerFactory.getLogger(ArrivalWatch.class);

        private final Server server;
        private final Map<EndPoint, Long> arrivingSince = new HashMap<>();
        private ScheduledExecutorService scanner;

        ArrivalWatch(Server server) {
            this.server = server;
        }

        @Override
        protected void doStart() {
            for (Connector connector : server.getConnectors()) {
                if (connector instanceof AbstractConnector withTimeout) {
                    withTimeout.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                }
            }
            scanner = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("slow-client-watch").factory());
            scanner.scheduleWithFixedDelay(
                    this::closeLateArrivals, SCAN_PERIOD.toMillis(), SCAN_PERIOD.toMillis(), TimeUnit.MILLISECONDS);
        }

        @Override
        protected void doStop() {
            scanner.shutdownNow();
        }

        private void closeLateArrivals() {
            try {
                long now = System.nanoTime();
                Set<EndPoint> arriving = new HashSet<>();
                for (Connector connector : server.getConnectors()) {
                    for (EndPoint endPoint : connector.getConnectedEndPoints()) {
                        if (endPoint.getConnection() instanceof HttpConnection http && isArriving(http.getParser())) {
                            arriving.add(endPoint);
                            long since = arrivingSince.computeIfAbsent(endPoint, any -> now);
                            if (now - since > allowedNanos(http.getParser())) {
                                LOG.debug(
                                        "closing {}: its request did not arrive within {}", endPoint, ARRIVAL_DEADLINE);
                                endPoint.close();
                            }
                        }
                    }
                }
                arrivingSince.keySet().retainAll(arriving);
            } catch (RuntimeException e) {
                LOG.warn("the slow-client watch failed once; it runs again in {}", SCAN_PERIOD, e);
            }
        }

        private static long allowedNanos(HttpParser parser) {
            long body = Math.max(0, parser.getContentLength());
            return ARRIVAL_DEADLINE.toNanos() + TimeUnit.SECONDS.toNanos(body / MIN_BYTES_PER_SECOND);
        }

        /** Between the first byte of a request and the end of its body. */
        private static boolean isArriving(HttpParser parser) {
            return !parser.isStart() && (parser.inHeaderState() || parser.inContentState());
        }
    }
}
