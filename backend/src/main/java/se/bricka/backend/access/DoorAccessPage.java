package se.bricka.backend.access;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;

/**
 * IT administration's page "Dörrar och behörigheter": the property's doors, the doors each device
 * guards and each staff tag's grant, with a form per device and per staff tag posting to
 * {@link DoorAccessRoutes}.
 */
public final class DoorAccessPage {

    /** Where the page lives; the door-access forms come back here. */
    public static final String PATH = "/staff/door-access";

    private final DoorAccessOverview overview;

    public DoorAccessPage(DoorAccessOverview overview) {
        this.overview = Objects.requireNonNull(overview, "overview");
    }

    /** Renders the page for the signed-in IT administrator. */
    public void render(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS);
        Messages messages = Messages.of(ctx);
        String csrf = Html.csrfField(session.csrfToken());
        DoorAccessOverview.Snapshot now = overview.now();
        String body = Notice.render(ctx, messages)
                + "<p>" + Html.esc(messages.get("doorAccess.intro")) + "</p>"
                + section(messages, "doorAccess.doors", doors(messages, now.doors()))
                + section(messages, "doorAccess.devices", devices(messages, csrf, now.devices()))
                + section(messages, "doorAccess.staffTags", staffTags(messages, csrf, now.staffTags()));
        ctx.html(StaffGuard.page(ctx, session, messages.get("doorAccess.title"), body));
    }

    private static String section(Messages messages, String key, String table) {
        return "<h2>" + Html.esc(messages.get(key)) + "</h2>" + table;
    }

    private static String doors(Messages messages, List<DoorAccessOverview.Door> doors) {
        List<List<String>> rows = new ArrayList<>();
        for (DoorAccessOverview.Door door : doors) {
            rows.add(List.of(
                    Html.esc(door.id()),
                    Html.esc(door.name()),
                    Html.esc(messages.label("door.type", door.type())),
                    Html.esc(door.propertyName())));
        }
        return Html.table(
                "doors",
                List.of(
                        messages.get("doorAccess.doorId"),
                        messages.get("doorAccess.doorName"),
                        messages.get("doorAccess.doorType"),
                        messages.get("devices.property")),
                rows);
    }

    private static String devices(Messages messages, String csrf, List<DoorAccessOverview.Device> devices) {
        List<List<String>> rows = new ArrayList<>();
        for (DoorAccessOverview.Device device : devices) {
            String form = form(
                    "/staff/devices/" + device.id() + "/doors",
                    "device-" + device.id(),
                    csrf,
                    field("doors", messages.get("doorAccess.doorIds"), String.join(", ", device.doors()))
                            + button(messages, "save-device-" + device.id()));
            rows.add(List.of(
                    Html.esc(device.deviceId()),
                    Html.esc(device.name()),
                    Html.esc(device.propertyName()),
                    Html.esc(doorList(messages, device.doors())),
                    form));
        }
        return Html.table(
                "device-doors",
                List.of(
                        messages.get("devices.device"),
                        messages.get("devices.name"),
                        messages.get("devices.property"),
                        messages.get("doorAccess.guardsNow"),
                        messages.get("doorAccess.change")),
                rows);
    }

    private static String staffTags(Messages messages, String csrf, List<DoorAccessOverview.StaffTag> tags) {
        List<List<String>> rows = new ArrayList<>();
        for (DoorAccessOverview.StaffTag tag : tags) {
            String form = form(
                            "/staff/staff-tags/" + tag.id() + "/grant",
                            "staff-tag-" + tag.id(),
                            csrf,
                            field("doors", messages.get("doorAccess.doorIds"), String.join(", ", tag.doors()))
                                    + field("hours", messages.get("doorAccess.hours"), tag.hours())
                                    + button(messages, "save-staff-tag-" + tag.id()))
                    + StaffTagRoutes.forms(messages, csrf, tag.id(), "BLOCKED".equals(tag.status()));
            rows.add(List.of(
                    Html.esc(tag.id()),
                    Html.esc(tag.maskedUid()),
                    Html.esc(tag.staffRef()),
                    Html.esc(messages.label("tag.status", tag.status())),
                    Html.esc(tag.propertyName()),
                    Html.esc(doorList(messages, tag.doors())) + "<br>" + Html.esc(tag.hours()),
                    form));
        }
        return Html.table(
                "staff-tags",
                List.of(
                        messages.get("doorAccess.staffTag"),
                        messages.get("doorAccess.tag"),
                        messages.get("doorAccess.staffRef"),
                        messages.get("doorAccess.status"),
                        messages.get("devices.property"),
                        messages.get("doorAccess.grantNow"),
                        messages.get("doorAccess.change")),
                rows);
    }

    private static String doorList(Messages messages, List<String> doors) {
        return doors.isEmpty() ? messages.get("doorAccess.noDoors") : String.join(", ", doors);
    }

    private static String form(String action, String id, String csrf, String fields) {
        return "<form method=\"post\" action=\"" + Html.esc(action) + "\" id=\"" + Html.esc(id) + "\">" + csrf + fields
                + "</form>";
    }

    private static String field(String name, String label, String value) {
        return "<label>" + Html.esc(label) + " <input type=\"text\" name=\"" + Html.esc(name) + "\" value=\""
                + Html.esc(value) + "\"></label> ";
    }

    private static String button(Messages messages, String id) {
        return "<button type=\"submit\" id=\"" + Html.esc(id) + "\">" + Html.esc(messages.get("doorAccess.save"))
                + "</button>";
    }
}
