package se.bricka.backend.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;

/**
 * IT administration blocks, unblocks and replaces staff tags from the page "Dörrar och behörigheter",
 * which the forms return to. Each change reaches the doors and the boards' PIN pads at once ({@link StaffTagBlocks}).
 */
public final class StaffTagRoutes implements RouteGroup {

    private final StaffTagBlocks blocks;

    public StaffTagRoutes(StaffTagBlocks blocks) {
        this.blocks = Objects.requireNonNull(blocks, "blocks");
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.post("/staff/staff-tags/{staffTagId}/block", this::block);
        routes.post("/staff/staff-tags/{staffTagId}/unblock", this::unblock);
        routes.post("/staff/staff-tags/{staffTagId}/replace", this::replace);
    }

    private void block(Context ctx) {
        long staffId = StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS)
                .account()
                .id();
        long staffTagId = RequestInput.pathId("staffTagId", ctx.pathParam("staffTagId"));
        blocks.block(staffId, staffTagId);
        Notice.redirect(ctx, DoorAccessPage.PATH, "staffTagBlocked", staffTagId);
    }

    private void unblock(Context ctx) {
        long staffId = StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS)
                .account()
                .id();
        long staffTagId = RequestInput.pathId("staffTagId", ctx.pathParam("staffTagId"));
        blocks.unblock(staffId, staffTagId);
        Notice.redirect(ctx, DoorAccessPage.PATH, "staffTagUnblocked", staffTagId);
    }

    private void replace(Context ctx) {
        long staffId = StaffGuard.require(ctx, StaffAction.MANAGE_DOOR_ACCESS)
                .account()
                .id();
        long staffTagId = RequestInput.pathId("staffTagId", ctx.pathParam("staffTagId"));
        long created = blocks.replace(staffId, staffTagId, ctx.formParam("uid"));
        Notice.redirect(ctx, DoorAccessPage.PATH, "staffTagReplaced", staffTagId, created);
    }

    /** The block (or unblock) and replace forms of one staff tag, for its row on the page. */
    static String forms(Messages messages, String csrf, long staffTagId, boolean blocked) {
        String base = "/staff/staff-tags/" + staffTagId;
        String toggle = blocked ? "unblock" : "block";
        return "<form class=\"inline\" method=\"post\" action=\"" + base + "/" + toggle + "\">" + csrf
                + "<button type=\"submit\" id=\"" + toggle + "-staff-tag-" + staffTagId + "\">"
                + Html.esc(messages.get("doorAccess." + toggle)) + "</button></form>"
                + "<form method=\"post\" action=\"" + base + "/replace\">" + csrf
                + "<label>" + Html.esc(messages.get("doorAccess.newUid"))
                + " <input type=\"text\" name=\"uid\" id=\"replace-uid-" + staffTagId + "\"></label> "
                + "<button type=\"submit\" id=\"replace-staff-tag-" + staffTagId + "\">"
                + Html.esc(messages.get("doorAccess.replace")) + "</button></form>";
    }
}
