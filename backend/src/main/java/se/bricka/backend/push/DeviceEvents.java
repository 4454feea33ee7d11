package se.bricka.backend.push;

import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import java.util.OptionalLong;
import se.bricka.core.wire.ApiPaths;

/** The event stream a board keeps open to hear about changes. */
public final class DeviceEvents {

    private static final String LAST_EVENT_ID = "Last-Event-ID";

    private final SseChangeBus bus;

    public DeviceEvents(SseChangeBus bus) {
        this.bus = bus;
    }

    public void install(RoutesConfig routes) {
        routes.sse(ApiPaths.DEVICE_EVENTS, this::connect);
    }

    private void connect(SseClient client) {
        bus.subscribe(client, lastEventId(client.ctx().header(LAST_EVENT_ID)));
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
