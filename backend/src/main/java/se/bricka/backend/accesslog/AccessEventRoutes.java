package se.bricka.backend.accesslog;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.core.wire.AccessEventBatch;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Problem;

/** The device route door controllers upload their journaled access events to. */
public final class AccessEventRoutes {

    /** Room for {@link AccessEventIngest#MAX_BATCH} events with the longest ids allowed. */
    static final int MAX_UPLOAD_BYTES = 512 * 1024;

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

    private void upload(Context ctx) throws IOException {
        AccessEventBatch batch = input.body(boundedBody(ctx), AccessEventBatch.class);
        ctx.json(ingest.ingest(DeviceAuthenticator.deviceOf(ctx), batch));
    }

    /**
     * The body, up to {@link #MAX_UPLOAD_BYTES}: a full batch of {@link AccessEventIngest#MAX_BATCH}
     * events is far larger than the few hundred bytes every other body of the API is held to.
     */
    private static byte[] boundedBody(Context ctx) throws IOException {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes(MAX_UPLOAD_BYTES + 1);
            if (body.length > MAX_UPLOAD_BYTES) {
                throw new ApiException(Problem.of(
                        "payload-too-large",
                        "The request body is too large",
                        413,
                        "An upload is at most " + MAX_UPLOAD_BYTES + " bytes; send fewer events per batch."));
            }
            return body;
        }
    }
}
