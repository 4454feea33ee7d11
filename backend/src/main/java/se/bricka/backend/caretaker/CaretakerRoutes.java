package se.bricka.backend.caretaker;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.CaretakerEventReport;
import se.bricka.core.wire.CaretakerPinChange;
import se.bricka.core.wire.CaretakerVerification;

/**
 * Caretaker PINs for the boards, their maintenance events, the backend's own check of a caretaker
 * (staff tag + PIN, giving a session), and a verified caretaker's change of their own PIN. Door
 * controllers reach none of these ({@link se.bricka.backend.device.DeviceScope}).
 */
public final class CaretakerRoutes implements RouteGroup {

    private final Caretakers caretakers;
    private final CaretakerSessions sessions;
    private final RequestInput input;

    public CaretakerRoutes(Caretakers caretakers, CaretakerSessions sessions, RequestInput input) {
        this.caretakers = caretakers;
        this.sessions = sessions;
        this.input = input;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.DEVICE_CARETAKER_PINS, this::pins);
        routes.post(ApiPaths.DEVICE_CARETAKER_EVENTS, this::event);
        routes.post(ApiPaths.DEVICE_CARETAKER_SESSIONS, this::verify);
        routes.delete(ApiPaths.DEVICE_CARETAKER_SESSIONS, this::endSession);
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

    private void verify(Context ctx) {
        CaretakerVerification request = input.body(ctx.bodyAsBytes(), CaretakerVerification.class);
        ctx.status(201).json(sessions.verify(DeviceAuthenticator.deviceOf(ctx), request));
    }

    private void endSession(Context ctx) {
        sessions.end(DeviceAuthenticator.deviceOf(ctx), ctx.header(ApiPaths.CARETAKER_SESSION_HEADER));
        ctx.status(204);
    }

    private void setPin(Context ctx) {
        long caretakerId = RequestInput.pathId("caretakerId", ctx.pathParam("caretakerId"));
        Device device = DeviceAuthenticator.deviceOf(ctx);
        VerifiedCaretaker who = sessions.require(device, ctx.header(ApiPaths.CARETAKER_SESSION_HEADER));
        CaretakerPinChange change = input.body(ctx.bodyAsBytes(), CaretakerPinChange.class);
        caretakers.changePin(device, who, caretakerId, change.pin(), false);
        ctx.status(204);
    }

    private void revokePin(Context ctx) {
        long caretakerId = RequestInput.pathId("caretakerId", ctx.pathParam("caretakerId"));
        Device device = DeviceAuthenticator.deviceOf(ctx);
        VerifiedCaretaker who = sessions.require(device, ctx.header(ApiPaths.CARETAKER_SESSION_HEADER));
        caretakers.changePin(device, who, caretakerId, null, true);
        ctx.status(204);
    }
}
