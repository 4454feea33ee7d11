package se.bricka.backend.tags;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;

/** Customer service's pages: find an apartment, see its tags, issue, block, unblock, replace, move-out. */
public final class TagRoutes {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TagAdminService service;

    public TagRoutes(TagAdminService service) {
        this.service = service;
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get("/staff/apartments", this::search);
        routes.get("/staff/apartments/{apartmentId}", this::apartment);
        routes.post("/staff/apartments/{apartmentId}/tags", this::issue);
        routes.post("/staff/apartments/{apartmentId}/move-out", this::moveOut);
        routes.post("/staff/tags/{tagId}/block", this::block);
        routes.post("/staff/tags/{tagId}/unblock", this::unblock);
        routes.post("/staff/tags/{tagId}/replace", this::replace);
    }

    /** The path of an apartment's page. */
    public static String apartmentPath(long apartmentId) {
        return "/staff/apartments/" + apartmentId;
    }

    private void search(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.VIEW_APARTMENT);
        Messages messages = Messages.of(ctx);
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        List<List<String>> rows = new ArrayList<>();
        if (!query.isBlank()) {
            for (Apartment apartment : service.findApartments(query)) {
                rows.add(List.of(
                        "<a href=\"" + apartmentPath(apartment.id()) + "\">" + Html.esc(apartment.label()) + "</a>",
                        Html.esc(apartment.buildingName())));
            }
        }
        String body = "<form method=\"get\" action=\"/staff/apartments\"><fieldset><label for=\"q\">"
                + Html.esc(messages.get("apartments.number")) + "</label>"
                + "<input id=\"q\" name=\"q\" value=\"" + Html.esc(query) + "\" placeholder=\"1102\">"
                + " <button type=\"submit\" id=\"find\">" + Html.esc(messages.get("apartments.find"))
                + "</button></fieldset></form>"
                + (query.isBlank()
                        ? ""
                        : rows.isEmpty()
                                ? "<p>" + Html.esc(messages.get("apartments.none")) + "</p>"
                                : Html.table(
                                        "apartments",
                                        List.of(
                                                messages.get("apartments.apartment"),
                                                messages.get("apartments.building")),
                                        rows));
        ctx.html(StaffGuard.page(ctx, session, messages.get("apartments.title"), body));
    }

    private void apartment(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.VIEW_APARTMENT);
        Messages messages = Messages.of(ctx);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        Apartment apartment = service.apartment(id);
        List<TagRow> tags = service.tagsOf(id);
        String csrf = Html.csrfField(session.csrfToken());
        List<List<String>> rows = new ArrayList<>();
        for (TagRow tag : tags) {
            rows.add(List.of(
                    Html.esc(tag.maskedUid()),
                    "<span class=\"" + (tag.blocked() ? "blocked" : "active") + "\">"
                            + Html.esc(messages.get("tag.status." + tag.status())) + "</span>"
                            + (tag.blocked()
                                    ? " (" + Html.esc(messages.label("tag.reason", tag.blockReason())) + ")"
                                    : ""),
                    Html.esc(format(tag.issuedAt(), apartment.zone())),
                    Html.esc(tag.blockedAt() == null ? "" : format(tag.blockedAt(), apartment.zone())),
                    actions(tag, csrf, messages)));
        }
        long active = tags.stream().filter(t -> !t.blocked()).count();
        String body = Notice.render(ctx, messages)
                + "<p>"
                + Html.esc(messages.get("apartment.summary", apartment.buildingName(), active, service.maxTags()))
                + "</p>"
                + Html.table(
                        "tags",
                        List.of(
                                messages.get("apartment.tag"),
                                messages.get("apartment.status"),
                                messages.get("apartment.issued"),
                                messages.get("apartment.blocked"),
                                messages.get("apartment.actions")),
                        rows)
                + "<form method=\"post\" action=\"" + apartmentPath(id)
                + "/tags\"><fieldset><legend>" + Html.esc(messages.get("apartment.issueLegend")) + "</legend>"
                + csrf
                + "<label for=\"uid\">" + Html.esc(messages.get("apartment.uid"))
                + "</label><input id=\"uid\" name=\"uid\" required>"
                + " <button type=\"submit\" id=\"issue\">" + Html.esc(messages.get("apartment.issue"))
                + "</button></fieldset></form>"
                + "<form method=\"post\" action=\"" + apartmentPath(id)
                + "/move-out\"><fieldset><legend>" + Html.esc(messages.get("apartment.moveOutLegend")) + "</legend>"
                + csrf + "<p>" + Html.esc(messages.get("apartment.moveOutWhat")) + "</p>"
                + "<button type=\"submit\" id=\"move-out\">" + Html.esc(messages.get("apartment.moveOut"))
                + "</button></fieldset></form>"
                + "<p><a href=\"/staff/apartments/" + id + "/extract\">" + Html.esc(messages.get("extract.title"))
                + "</a> · <a href=\"/staff/apartments/" + id + "/name-board\">"
                + Html.esc(messages.get("nameBoard.link")) + "</a></p>";
        ctx.html(StaffGuard.page(ctx, session, messages.get("apartment.title", apartment.label()), body));
    }

    private static String actions(TagRow tag, String csrf, Messages messages) {
        String base = "/staff/tags/" + tag.id();
        if (tag.blocked()) {
            return "<form class=\"inline\" method=\"post\" action=\"" + base + "/unblock\">" + csrf
                    + "<button type=\"submit\" id=\"unblock-" + tag.id() + "\">"
                    + Html.esc(messages.get("tag.unblock")) + "</button></form>";
        }
        StringBuilder options = new StringBuilder();
        for (BlockReason reason :
                List.of(BlockReason.LOST, BlockReason.STOLEN, BlockReason.MOVED_OUT, BlockReason.BROKEN)) {
            options.append("<option value=\"")
                    .append(reason)
                    .append("\">")
                    .append(Html.esc(messages.get("tag.reason." + reason)))
                    .append("</option>");
        }
        return "<form class=\"inline\" method=\"post\" action=\"" + base + "/block\">" + csrf
                + "<select name=\"reason\" id=\"reason-" + tag.id() + "\" aria-label=\""
                + Html.esc(messages.get("tag.reason")) + "\">" + options + "</select>"
                + " <button type=\"submit\" id=\"block-" + tag.id() + "\">" + Html.esc(messages.get("tag.block"))
                + "</button></form>"
                + "<form class=\"inline\" method=\"post\" action=\"" + base + "/replace\">" + csrf
                + " <input name=\"uid\" aria-label=\"" + Html.esc(messages.get("tag.newUid")) + "\" placeholder=\""
                + Html.esc(messages.get("tag.newUidPlaceholder")) + "\" size=\"12\" required>"
                + "<input type=\"hidden\" name=\"reason\" value=\"REPLACED\">"
                + " <button type=\"submit\" id=\"replace-" + tag.id() + "\">" + Html.esc(messages.get("tag.replace"))
                + "</button></form>";
    }

    private void issue(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        TagRow tag = service.issue(session.account().id(), id, ctx.formParam("uid"));
        Notice.redirect(ctx, apartmentPath(id), "tagIssued", tag.maskedUid());
    }

    private void block(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long tagId = RequestInput.pathId("tagId", ctx.pathParam("tagId"));
        BlockReason reason = BlockReason.parse(ctx.formParam("reason"));
        TagRow tag = service.block(session.account().id(), tagId, reason);
        Notice.redirect(ctx, apartmentPath(tag.apartmentId()), "tagBlocked", tag.maskedUid());
    }

    private void unblock(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        TagRow tag = service.unblock(session.account().id(), RequestInput.pathId("tagId", ctx.pathParam("tagId")));
        Notice.redirect(ctx, apartmentPath(tag.apartmentId()), "tagUnblocked", tag.maskedUid());
    }

    private void replace(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long tagId = RequestInput.pathId("tagId", ctx.pathParam("tagId"));
        String reasonText = ctx.formParam("reason");
        BlockReason reason = reasonText == null ? BlockReason.REPLACED : BlockReason.parse(reasonText);
        TagRow tag = service.replace(session.account().id(), tagId, ctx.formParam("uid"), reason);
        Notice.redirect(ctx, apartmentPath(tag.apartmentId()), "tagReplaced", tag.maskedUid());
    }

    private void moveOut(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        TagAdminService.MoveOut result = service.moveOut(session.account().id(), id);
        Notice.redirect(ctx, apartmentPath(id), "movedOut", result.tagsBlocked(), result.bookingsCancelled());
    }

    private static String format(java.time.Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
