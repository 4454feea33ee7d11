package se.bricka.backend.push;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import se.bricka.core.wire.ApiPaths;

/** The event stream a board keeps open to hear about changes. */
public final class DeviceEvents {

    private static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final String VERSION_AT_CONNECT = "bricka.version-at-connect";

    private final SseChangeBus bus;
    private final LongSupplier currentVersion;

    /** @param currentVersion reads the latest committed change version */
    public DeviceEvents(SseChangeBus bus, LongSupplier currentVersion) {
        this.bus = bus;
        this.currentVersion = currentVersion;
    }

    /** Declares the event-stream route. */
    public void install(RoutesConfig routes) {
        // Javalin sends the stream's headers before it hands over the client, and a board may book as
        // soon as it sees them. Noting the version first and replaying from it closes that gap.
        routes.before(ApiPaths.DEVICE_EVENTS, this::noteVersion);
        routes.sse(ApiPaths.DEVICE_EVENTS, this::connect);
    }

    private void noteVersion(Context ctx) {
        ctx.attribute(VERSION_AT_CONNECT, currentVersion.getAsLong());
    }

    private void connect(SseClient client) {
        OptionalLong resumeAfter = lastEventId(client.ctx().header(LAST_EVENT_ID));
        Long atConnect = client.ctx().attribute(VERSION_AT_CONNECT);
        if (resumeAfter.isEmpty() && atConnect != null) {
            resumeAfter = OptionalLong.of(atConnect);
        }
        bus.subscribe(client, resumeAfter);
    }

    /** The version a reconnecting device applied last; anything unreadable means "start from now". */
    private static OptionalLong lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            long version = Long.parseLong(header.strip());
            return version >= 0 ? OptionalLong.of(version) : OptionalLong.empty();
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
