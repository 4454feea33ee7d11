package se.bricka.backend.closure;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.bricka.backend.caretaker.CaretakerSessions;
import se.bricka.backend.caretaker.VerifiedCaretaker;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.idempotency.Reply;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ClosureRequest;

/**
 * Closing and re-opening objects from a board: staff actions, so each needs a caretaker the backend
 * verified on that board ({@link CaretakerSessions}), and each is recorded under that caretaker. The
 * closures in force are for any board of the property to read.
 */
public final class ClosureRoutes implements RouteGroup {

    private final ClosureService closures;
    private final CaretakerSessions sessions;
    private final RequestInput input;

    public ClosureRoutes(ClosureService closures, CaretakerSessions sessions, RequestInput input) {
        this.closures = closures;
        this.sessions = sessions;
        this.input = input;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.RESOURCE_CLOSURES, this::list);
        routes.post(ApiPaths.RESOURCE_CLOSURES, this::close);
        routes.post(ApiPaths.RESOURCE_CLOSURE_PREVIEW, this::preview);
        routes.delete(ApiPaths.CLOSURE, this::reopen);
    }

    private void list(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        ctx.json(closures.inForce(DeviceAuthenticator.deviceOf(ctx), resourceId));
    }

    private void close(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        Device device = DeviceAuthenticator.deviceOf(ctx);
        VerifiedCaretaker who = caretaker(ctx, device);
        ClosureRequest request = input.body(ctx.bodyAsBytes(), ClosureRequest.class);
        Reply reply = closures.close(
                device, who, resourceId, request, Optional.ofNullable(ctx.header(ApiPaths.IDEMPOTENCY_HEADER)));
        ctx.status(reply.status())
                .contentType("application/json")
                .result(reply.json().getBytes(StandardCharsets.UTF_8));
    }

    private void preview(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        Device device = DeviceAuthenticator.deviceOf(ctx);
        // The preview names the apartments whose bookings would go: for a verified caretaker only.
        caretaker(ctx, device);
        ClosureRequest request = input.body(ctx.bodyAsBytes(), ClosureRequest.class);
        ctx.json(closures.preview(device, resourceId, request));
    }

    private void reopen(Context ctx) {
        long closureId = RequestInput.pathId("closureId", ctx.pathParam("closureId"));
        Device device = DeviceAuthenticator.deviceOf(ctx);
        closures.reopen(device, caretaker(ctx, device), closureId);
        ctx.status(204);
    }

    private VerifiedCaretaker caretaker(Context ctx, Device device) {
        return sessions.require(device, ctx.header(ApiPaths.CARETAKER_SESSION_HEADER));
    }
}
