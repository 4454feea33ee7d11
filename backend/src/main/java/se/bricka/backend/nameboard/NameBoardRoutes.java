package se.bricka.backend.nameboard;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import se.bricka.backend.device.Device;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.wire.Problem;

/**
 * Customer service edits an apartment's name-board entry; a device configured to show a name board
 * ({@code device.shows_name_board}) reads its property's, and no other device does.
 */
public final class NameBoardRoutes {

    /** GET: the name-board entries of the device's property (apartment label and names only). */
    public static final String DEVICE_NAME_BOARD = "/api/v1/device/name-board";

    private final NameBoardService service;

    public NameBoardRoutes(NameBoardService service) {
        this.service = service;
    }

    /** A name-board line as a board shows it. */
    public record BoardLine(String apartment, String names) {}

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get("/staff/apartments/{apartmentId}/name-board", this::page);
        routes.post("/staff/apartments/{apartmentId}/name-board", this::save);
        routes.get(DEVICE_NAME_BOARD, this::board);
    }

    private void page(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.EDIT_NAME_BOARD);
        Messages messages = Messages.of(ctx);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        NameBoardEntry entry = service.entry(id);
        String body = Notice.render(ctx, messages)
                + "<form method=\"post\" action=\"" + path(id) + "\"><fieldset>"
                + Html.csrfField(session.csrfToken())
                + "<label for=\"names\">" + Html.esc(messages.get("nameBoard.names")) + "</label>"
                + "<input id=\"names\" name=\"names\" size=\"50\" maxlength=\"200\" value=\"" + Html.esc(entry.names())
                + "\"> <button type=\"submit\" id=\"save-names\">" + Html.esc(messages.get("nameBoard.save"))
                + "</button></fieldset></form><p class=\"muted\">" + Html.esc(messages.get("nameBoard.isolated"))
                + "</p><p><a href=\"/staff/apartments/" + id + "\">" + Html.esc(messages.get("nameBoard.back"))
                + "</a></p>";
        ctx.html(StaffGuard.page(ctx, session, messages.get("nameBoard.title", entry.apartmentLabel()), body));
    }

    private static String path(long apartmentId) {
        return "/staff/apartments/" + apartmentId + "/name-board";
    }

    private void save(Context ctx) {
        StaffGuard.require(ctx, StaffAction.EDIT_NAME_BOARD);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        service.save(id, ctx.formParam("names"));
        Notice.redirect(ctx, path(id), "saved");
    }

    private void board(Context ctx) {
        Device device = DeviceAuthenticator.deviceOf(ctx);
        if (!device.showsNameBoard()) {
            // Names go only where they are shown: a laundry board or a door controller gets none.
            throw new ApiException(Problem.of(
                    "no-name-board",
                    "This device shows no name board",
                    403,
                    "Device '" + device.deviceId() + "' is not configured to show a name board."));
        }
        long property = device.propertyId();
        List<BoardLine> lines = service.ofProperty(property).stream()
                .map(e -> new BoardLine(e.apartmentLabel(), e.names()))
                .toList();
        ctx.json(lines);
    }
}
