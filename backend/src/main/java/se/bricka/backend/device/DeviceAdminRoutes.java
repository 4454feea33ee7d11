package se.bricka.backend.device;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.core.privacy.StaffAction;

/**
 * IT administration adds a device on the Devices page ({@link StaffAction#MANAGE_STAFF}): the answer
 * shows its first enrollment code once.
 */
public final class DeviceAdminRoutes implements RouteGroup {

    /** The form's target. */
    public static final String ADD = EnrollmentRoutes.DEVICES_PAGE + "/new";

    private final DeviceAdmin admin;

    public DeviceAdminRoutes(DeviceAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.post(ADD, this::add);
        routes.post(EnrollmentRoutes.DEVICES_PAGE + "/{deviceId}/enrollment-code", this::issue);
    }

    /** Issued under {@link StaffAction#ENROLL_DEVICE}, recorded in the admin audit. */
    private void issue(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.ENROLL_DEVICE);
        EnrollmentRoutes.showCode(ctx, session, admin.issueCode(ctx.pathParam("deviceId"), Actor.of(session)));
    }

    private void add(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_STAFF);
        DeviceEnrollment.IssuedCode code = admin.add(
                ctx.formParam("deviceId"),
                ctx.formParam("name"),
                ctx.formParam("property"),
                DeviceAdmin.Kind.of(ctx.formParam("kind")),
                Actor.of(session));
        EnrollmentRoutes.showCode(ctx, session, code);
    }

    /** The form on the Devices page. */
    static String addForm(Messages messages, String csrf) {
        return "<h2>" + Html.esc(messages.get("deviceAdmin.add")) + "</h2><form method=\"post\" action=\"" + ADD
                + "\"><fieldset>" + csrf
                + "<label for=\"deviceId\">" + Html.esc(messages.get("devices.device"))
                + "</label><input id=\"deviceId\" name=\"deviceId\" required maxlength=\"64\" pattern=\"[a-z0-9][a-z0-9-]*\">"
                + "<label for=\"device-name\">" + Html.esc(messages.get("devices.name"))
                + "</label><input id=\"device-name\" name=\"name\" required maxlength=\"200\">"
                + "<label for=\"device-property\">" + Html.esc(messages.get("devices.property"))
                + "</label><input id=\"device-property\" name=\"property\" required>"
                + "<label for=\"device-kind\">" + Html.esc(messages.get("deviceAdmin.kind"))
                + "</label><select id=\"device-kind\" name=\"kind\"><option value=\"board\">"
                + Html.esc(messages.get("deviceAdmin.kind.board")) + "</option><option value=\"door\">"
                + Html.esc(messages.get("deviceAdmin.kind.door")) + "</option></select><br>"
                + "<button type=\"submit\" id=\"add-device\">" + Html.esc(messages.get("deviceAdmin.add"))
                + "</button></fieldset></form>";
    }
}
