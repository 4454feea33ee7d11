package se.bricka.backend.devicehealth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Messages;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.DeviceStatusReport;

/**
 * A device's status report ({@code POST /api/v1/device/status}, its own token) and IT's page of every
 * device's health ({@code GET /staff/device-health}).
 */
public final class DeviceStatusRoutes implements RouteGroup {

    /** IT's page of device health. */
    public static final String PAGE = "/staff/device-health";

    private final DeviceStatusService service;
    private final RequestInput input;
    private final Clock clock;

    public DeviceStatusRoutes(DeviceStatusService service, RequestInput input, Clock clock) {
        this.service = service;
        this.input = input;
        this.clock = clock;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.post(ApiPaths.DEVICE_STATUS, this::report);
        routes.get(PAGE, this::page);
    }

    private void report(Context ctx) {
        service.record(DeviceAuthenticator.deviceOf(ctx), input.body(ctx.bodyAsBytes(), DeviceStatusReport.class));
        ctx.status(204);
    }

    private void page(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MONITOR_DEVICES);
        Messages messages = Messages.of(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.html(StaffGuard.page(
                ctx,
                session,
                messages.get("deviceHealth.title"),
                DeviceHealthPage.body(service.devices(), clock.instant(), messages)));
    }
}
