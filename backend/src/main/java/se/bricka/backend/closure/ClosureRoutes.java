package se.bricka.backend.closure;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.idempotency.Reply;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.ClosureRequest;

/** Closing and re-opening objects; device-authenticated until staff log-in exists. */
public final class ClosureRoutes implements RouteGroup {

    private final ClosureService closures;
    private final RequestInput input;

    public ClosureRoutes(ClosureService closures, RequestInput input) {
        this.closures = closures;
        this.input = input;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.RESOURCE_CLOSURES, this::list);
        routes.post(ApiPaths.RESOURCE_CLOSURES, this::close);
        routes.delete(ApiPaths.CLOSURE, this::reopen);
    }

    private void list(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        ctx.json(closures.inForce(DeviceAuthenticator.deviceOf(ctx), resourceId));
    }

    private void close(Context ctx) {
        long resourceId = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        ClosureRequest request = input.body(ctx.bodyAsBytes(), ClosureRequest.class);
        Reply reply = closures.close(
                DeviceAuthenticator.deviceOf(ctx),
                resourceId,
                request,
                Optional.ofNullable(ctx.header(ApiPaths.IDEMPOTENCY_HEADER)));
        ctx.status(reply.status())
                .contentType("application/json")
                .result(reply.json().getBytes(StandardCharsets.UTF_8));
    }

    private void reopen(Context ctx) {
        long closureId = RequestInput.pathId("closureId", ctx.pathParam("closureId"));
        closures.reopen(DeviceAuthenticator.deviceOf(ctx), closureId);
        ctx.status(204);
    }
}
