package se.bricka.backend.caretaker;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPinChange;

/** Caretaker PINs for the boards, their maintenance events, and PIN management (device-authenticated until staff log-in exists). */
public final class CaretakerRoutes implements RouteGroup {

    private final Caretakers caretakers;
    private final RequestInput input;

    public CaretakerRoutes(Caretakers caretakers, RequestInput input) {
        this.caretakers = caretakers;
        this.input = input;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.DEVICE_CARETAKER_PINS, this::pins);
        routes.post(ApiPaths.DEVICE_CARETAKER_EVENTS, this::event);
        routes.put(ApiPaths.CARETAKER_PIN, this::setPin);
        routes.delete(ApiPaths.CARETAKER_PIN, this::revokePin);
    }

    private void pins(Context ctx) {
        ctx.json(caretakers.pinsFor(DeviceAuthenticator.deviceOf(ctx)));
    }

    private void event(Context ctx) {
        CaretakerEventReport report = input.body(ctx.bodyAsBytes(), CaretakerEventReport.class);
        caretakers.record(DeviceAuthenticator.deviceOf(ctx), report);
        ctx.status(204);
    }

    private void setPin(Context ctx) {
        long caretakerId = RequestInput.pathId("caretakerId", ctx.pathParam("caretakerId"));
        CaretakerPinChange change = input.body(ctx.bodyAsBytes(), CaretakerPinChange.class);
        caretakers.changePin(DeviceAuthenticator.deviceOf(ctx), caretakerId, change.pin(), false);
        ctx.status(204);
    }

    private void revokePin(Context ctx) {
        long caretakerId = RequestInput.pathId("caretakerId", ctx.pathParam("caretakerId"));
        caretakers.changePin(DeviceAuthenticator.deviceOf(ctx), caretakerId, null, true);
        ctx.status(204);
    }
}
