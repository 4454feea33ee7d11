package se.bricka.backend.push;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Problem;

/**
 * The event stream a device keeps open to hear about its property's changes. Before the stream opens,
 * a bad {@code Last-Event-ID} is refused (400) and a device that holds its most streams is refused
 * (429); a {@code Last-Event-ID} older than the replay window gets {@code resync} instead of a replay.
 */
public final class DeviceEvents {

    /** Streams one device may hold open to one node at a time. */
    public static final int STREAMS_PER_DEVICE = 4;

    private static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final String ADMITTED = "bricka.stream-admitted";
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,19}");
    /** A dead stream is noticed at a failed heartbeat write, within two heartbeats. */
    private static final long RETRY_AFTER_SECONDS = 30;

    private final SseChangeBus bus;
    private final Transactor transactor;
    private final ChangeLog changeLog;
    private final ReplayWindow window;
    private final Clock clock;
    private final StreamsPerDevice streams = new StreamsPerDevice(STREAMS_PER_DEVICE);

    /** What the before-handler decided, for the stream handler. */
    private record Admitted(Device device, StreamStart start, StreamsPerDevice.Place place) {}

    public DeviceEvents(
            SseChangeBus bus, Transactor transactor, ChangeLog changeLog, ReplayWindow window, Clock clock) {
        this.bus = bus;
        this.transactor = transactor;
        this.changeLog = changeLog;
        this.window = window;
        this.clock = clock;
    }

    /** Declares the event-stream route. */
    public void install(RoutesConfig routes) {
        // Javalin sends the stream's headers before it hands over the client, and a board may book as
        // soon as it sees them. Noting the version first and replaying from it closes that gap; it is
        // also the last moment to refuse with a status.
        routes.before(ApiPaths.DEVICE_EVENTS, this::admit);
        routes.sse(ApiPaths.DEVICE_EVENTS, this::connect);
        // A place taken for a stream that never opened (a later handler refused it) is given back.
        routes.after(ApiPaths.DEVICE_EVENTS, this::giveBackUnopened);
    }

    private void admit(Context ctx) {
        Device device = DeviceAuthenticator.deviceOf(ctx);
        String lastEventId = ctx.header(LAST_EVENT_ID);
        StreamStart start = transactor.inTransaction(connection -> startOf(connection, lastEventId));
        StreamsPerDevice.Place place = streams.take(device.id()).orElseThrow(() -> tooManyStreams(ctx, device));
        ctx.attribute(ADMITTED, new Admitted(device, start, place));
    }

    private void connect(SseClient client) {
        Admitted admitted = client.ctx().attribute(ADMITTED);
        client.ctx().attribute(ADMITTED, null);
        bus.subscribe(client, admitted.device().propertyId(), admitted.start(), admitted.place()::giveBack);
    }

    private void giveBackUnopened(Context ctx) {
        Admitted admitted = ctx.attribute(ADMITTED);
        if (admitted != null) {
            admitted.place().giveBack();
        }
    }

    /** How many event streams the device holds open to this node. */
    int streamsOpenBy(long deviceId) {
        return streams.openBy(deviceId);
    }

    /**
     * Where the stream begins: after the version the device applied last (its {@code Last-Event-ID})
     * while the window holds what came after it, else with {@code resync}; without one, from now.
     */
    private StreamStart startOf(Connection connection, String lastEventId) throws SQLException {
        long current = changeLog.currentVersion(connection);
        if (lastEventId == null || lastEventId.isBlank()) {
            return StreamStart.after(current);
        }
        long applied = versionOf(lastEventId, current);
        if (applied == current || replayable(connection, applied, current)) {
            return StreamStart.after(applied);
        }
        return StreamStart.resyncAt(current);
    }

    private boolean replayable(Connection connection, long applied, long current) throws SQLException {
        if (applied < window.lastDropped(current)) {
            return false;
        }
        Instant oldestKept = window.oldestKept(clock.instant());
        return changeLog
                .changedAt(connection, applied + 1)
                .map(at -> !at.isBefore(oldestKept))
                .orElse(false);
    }

    /** The version a {@code Last-Event-ID} names: digits only, at most the current version. */
    private static long versionOf(String header, long current) {
        String value = header.strip();
        if (!VERSION.matcher(value).matches()) {
            throw badLastEventId(header, current);
        }
        try {
            long version = Long.parseLong(value);
            if (version > current) {
                throw badLastEventId(header, current);
            }
            return version;
        } catch (NumberFormatException e) {
            throw badLastEventId(header, current);
        }
    }

    private static ApiException badLastEventId(String header, long current) {
        String shown = header.length() > 40 ? header.substring(0, 40) + "…" : header;
        return ApiException.badRequest("Last-Event-ID must be a change version from 0 to the current " + current
                + ", was '" + shown + "'; leave it out to listen from now.");
    }

    private static ApiException tooManyStreams(Context ctx, Device device) {
        ctx.header("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
        return new ApiException(Problem.of(
                        "too-many-streams",
                        "Too many event streams",
                        429,
                        "Device " + device.deviceId() + " already holds " + STREAMS_PER_DEVICE
                                + " event streams, the most one device may; close one, or try again in "
                                + RETRY_AFTER_SECONDS + " seconds, when a dead one has been noticed."))
                .with("retryAfter", RETRY_AFTER_SECONDS);
    }
}
