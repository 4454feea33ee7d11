package se.bricka.backend.accesslog;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.core.wire.AccessEventBatch;
import se.bricka.core.wire.ApiPaths;

/** The device route door controllers upload their journaled access events to. */
public final class AccessEventRoutes {

    private final AccessEventIngest ingest;
    private final RequestInput input;

    public AccessEventRoutes(AccessEventIngest ingest, RequestInput input) {
        this.ingest = ingest;
        this.input = input;
    }

    /** Declares {@code POST /api/v1/device/access-events}. */
    public void install(RoutesConfig routes) {
        routes.post(ApiPaths.DEVICE_ACCESS_EVENTS, this::upload);
    }

    private void upload(Context ctx) {
        AccessEventBatch batch = input.body(ctx.bodyAsBytes(), AccessEventBatch.class);
        ctx.json(ingest.ingest(DeviceAuthenticator.deviceOf(ctx), batch));
    }
}
