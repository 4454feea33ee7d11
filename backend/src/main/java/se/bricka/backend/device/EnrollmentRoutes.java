package se.bricka.backend.device;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.EnrollmentRequest;
import se.bricka.core.wire.Problem;

/**
 * Enrollment: IT staff's page of devices, where a code is issued; the panel's exchange of the code for
 * its token (outside {@code /api}: the code is the key); and the device's view of its binding.
 */
public final class EnrollmentRoutes implements RouteGroup {

    /** The staff page of devices. */
    public static final String DEVICES_PAGE = "/staff/devices";

    private final DeviceEnrollment enrollment;
    private final RequestInput input;

    public EnrollmentRoutes(DeviceEnrollment enrollment, RequestInput input) {
        this.enrollment = enrollment;
        this.input = input;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.post(ApiPaths.ENROLLMENT, this::enroll);
        routes.get(ApiPaths.DEVICE_BINDING, this::binding);
        routes.get(DEVICES_PAGE, this::devicesPage);
        routes.post(DEVICES_PAGE + "/{deviceId}/enrollment-code", this::issue);
    }

    /** Checked for too many refused codes first: a source that is held back learns nothing about its code. */
    private void enroll(Context ctx) {
        String source = ctx.ip();
        Optional<Duration> wait = enrollment.throttled(source);
        if (wait.isPresent()) {
            // Whole seconds, rounded up: a client that waits exactly this long is let through.
            long seconds = Math.max(1, wait.get().plusMillis(999).toSeconds());
            ctx.header("Retry-After", Long.toString(seconds));
            throw new ApiException(Problem.of(
                            "enrollment-rate-limited",
                            "Too many refused enrollment codes",
                            429,
                            "Too many refused codes came from this address or from all addresses together."
                                    + " Try again in " + seconds + " seconds."))
                    .with("retryAfter", seconds);
        }
        ctx.json(enrollment.redeem(input.body(ctx.bodyAsBytes(), EnrollmentRequest.class), source));
    }

    private void binding(Context ctx) {
        ctx.json(enrollment.binding(DeviceAuthenticator.deviceOf(ctx)));
    }

    private void devicesPage(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.ENROLL_DEVICE);
        Messages messages = Messages.of(ctx);
        String csrf = Html.csrfField(session.csrfToken());
        List<List<String>> rows = new ArrayList<>();
        for (EnrollmentRepository.Listed device : enrollment.devices()) {
            rows.add(List.of(
                    Html.esc(device.deviceId()),
                    Html.esc(device.name()),
                    Html.esc(device.propertyName()),
                    Html.esc(messages.get("devices.kind." + device.kind().code())),
                    "<span id=\"refused-" + Html.esc(device.deviceId()) + "\">"
                            + Html.esc(
                                    device.refusedEvents() == 0
                                            ? messages.get("devices.refusedEvents.none")
                                            : messages.get(
                                                    "devices.refusedEvents.some",
                                                    device.refusedEvents(),
                                                    device.lastRefusedAt(),
                                                    device.lastRefusedDetail()))
                            + "</span>",
                    "<form method=\"post\" action=\"" + DEVICES_PAGE + "/" + Html.esc(device.deviceId())
                            + "/enrollment-code\">" + csrf + "<button type=\"submit\" id=\"enroll-"
                            + Html.esc(device.deviceId()) + "\">" + Html.esc(messages.get("devices.issue"))
                            + "</button></form>"));
        }
        String body = Notice.render(ctx, messages) + "<p>" + Html.esc(messages.get("devices.intro")) + "</p>"
                + Html.table(
                        "devices",
                        List.of(
                                messages.get("devices.device"),
                                messages.get("devices.name"),
                                messages.get("devices.property"),
                                messages.get("devices.kind"),
                                messages.get("devices.refusedEvents"),
                                ""),
                        rows);
        ctx.html(StaffGuard.page(ctx, session, messages.get("devices.title"), body));
    }

    private void issue(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.ENROLL_DEVICE);
        Messages messages = Messages.of(ctx);
        DeviceEnrollment.IssuedCode code =
                enrollment.issue(ctx.pathParam("deviceId"), session.account().displayName());
        String body = Html.notice(messages.get("devices.code.for", code.deviceId()))
                + "<p class=\"enrollment-code\" id=\"enrollment-code\">" + Html.esc(code.grouped()) + "</p>"
                + "<p>" + Html.esc(messages.get("devices.code.valid", code.expiresAt())) + "</p>"
                + "<p><a href=\"" + DEVICES_PAGE + "\">" + Html.esc(messages.get("devices.back")) + "</a></p>";
        ctx.html(StaffGuard.page(ctx, session, messages.get("devices.code.title"), body));
    }
}
