package se.bricka.backend.tags;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
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
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        List<List<String>> rows = new ArrayList<>();
        if (!query.isBlank()) {
            for (Apartment apartment : service.findApartments(query)) {
                rows.add(List.of(
                        "<a href=\"" + apartmentPath(apartment.id()) + "\">" + Html.esc(apartment.label()) + "</a>",
                        Html.esc(apartment.buildingName())));
            }
        }
        String body =
                "<form method=\"get\" action=\"/staff/apartments\"><fieldset><label for=\"q\">Apartment number</label>"
                        + "<input id=\"q\" name=\"q\" value=\"" + Html.esc(query) + "\" placeholder=\"1102\">"
                        + " <button type=\"submit\" id=\"find\">Find</button></fieldset></form>"
                        + (query.isBlank()
                                ? ""
                                : rows.isEmpty()
                                        ? "<p>No apartment starts with that number.</p>"
                                        : Html.table("apartments", List.of("Apartment", "Building"), rows));
        ctx.html(StaffGuard.page(session, "Apartments", body));
    }

    private void apartment(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.VIEW_APARTMENT);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        Apartment apartment = service.apartment(id);
        List<TagRow> tags = service.tagsOf(id);
        String csrf = Html.csrfField(session.csrfToken());
        List<List<String>> rows = new ArrayList<>();
        for (TagRow tag : tags) {
            rows.add(List.of(
                    Html.esc(tag.maskedUid()),
                    "<span class=\"" + (tag.blocked() ? "blocked" : "active") + "\">" + Html.esc(tag.status())
                            + "</span>" + (tag.blocked() ? " (" + Html.esc(tag.blockReason()) + ")" : ""),
                    Html.esc(format(tag.issuedAt(), apartment.zone())),
                    Html.esc(tag.blockedAt() == null ? "" : format(tag.blockedAt(), apartment.zone())),
                    actions(tag, csrf)));
        }
        long active = tags.stream().filter(t -> !t.blocked()).count();
        String body = Html.notice(ctx.queryParam("done"))
                + "<p>Building " + Html.esc(apartment.buildingName()) + ". Active tags: " + active + " of at most "
                + service.maxTags() + ". Tags belong to the apartment, not to a person.</p>"
                + Html.table("tags", List.of("Tag", "Status", "Issued", "Blocked", "Actions"), rows)
                + "<form method=\"post\" action=\"" + apartmentPath(id)
                + "/tags\"><fieldset><legend>Issue a new tag</legend>"
                + csrf
                + "<label for=\"uid\">UID read at the desk (hexadecimal)</label><input id=\"uid\" name=\"uid\" required>"
                + " <button type=\"submit\" id=\"issue\">Issue tag</button></fieldset></form>"
                + "<form method=\"post\" action=\"" + apartmentPath(id)
                + "/move-out\"><fieldset><legend>Move-out</legend>"
                + csrf + "<p>Blocks every tag of the apartment and cancels its future bookings.</p>"
                + "<button type=\"submit\" id=\"move-out\">Register move-out</button></fieldset></form>"
                + "<p><a href=\"/staff/apartments/" + id + "/extract\">Register extract</a> · "
                + "<a href=\"/staff/apartments/" + id + "/name-board\">Name board</a></p>";
        ctx.html(StaffGuard.page(session, "Apartment " + apartment.label(), body));
    }

    private static String actions(TagRow tag, String csrf) {
        String base = "/staff/tags/" + tag.id();
        if (tag.blocked()) {
            return "<form class=\"inline\" method=\"post\" action=\"" + base + "/unblock\">" + csrf
                    + "<button type=\"submit\" id=\"unblock-" + tag.id() + "\">Unblock</button></form>";
        }
        return "<form class=\"inline\" method=\"post\" action=\"" + base + "/block\">" + csrf
                + "<select name=\"reason\" id=\"reason-" + tag.id() + "\" aria-label=\"Reason\">"
                + "<option value=\"LOST\">Lost</option><option value=\"STOLEN\">Stolen</option>"
                + "<option value=\"MOVED_OUT\">Moved out</option><option value=\"BROKEN\">Broken</option></select>"
                + " <button type=\"submit\" id=\"block-" + tag.id() + "\">Block</button></form>"
                + "<form class=\"inline\" method=\"post\" action=\"" + base + "/replace\">" + csrf
                + " <input name=\"uid\" aria-label=\"New UID\" placeholder=\"new UID\" size=\"12\" required>"
                + "<input type=\"hidden\" name=\"reason\" value=\"REPLACED\">"
                + " <button type=\"submit\" id=\"replace-" + tag.id() + "\">Replace</button></form>";
    }

    private void issue(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        TagRow tag = service.issue(session.account().id(), id, ctx.formParam("uid"));
        done(ctx, id, "Tag " + tag.maskedUid() + " issued.");
    }

    private void block(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long tagId = RequestInput.pathId("tagId", ctx.pathParam("tagId"));
        BlockReason reason = BlockReason.parse(ctx.formParam("reason"));
        TagRow tag = service.block(session.account().id(), tagId, reason);
        done(ctx, tag.apartmentId(), "Tag " + tag.maskedUid() + " is blocked everywhere.");
    }

    private void unblock(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        TagRow tag = service.unblock(session.account().id(), RequestInput.pathId("tagId", ctx.pathParam("tagId")));
        done(ctx, tag.apartmentId(), "Tag " + tag.maskedUid() + " works again.");
    }

    private void replace(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long tagId = RequestInput.pathId("tagId", ctx.pathParam("tagId"));
        String reasonText = ctx.formParam("reason");
        BlockReason reason = reasonText == null ? BlockReason.REPLACED : BlockReason.parse(reasonText);
        TagRow tag = service.replace(session.account().id(), tagId, ctx.formParam("uid"), reason);
        done(ctx, tag.apartmentId(), "Old tag blocked; new tag " + tag.maskedUid() + " issued.");
    }

    private void moveOut(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_TAGS);
        long id = RequestInput.pathId("apartmentId", ctx.pathParam("apartmentId"));
        TagAdminService.MoveOut result = service.moveOut(session.account().id(), id);
        done(
                ctx,
                id,
                "Move-out registered: " + result.tagsBlocked() + " tags blocked, " + result.bookingsCancelled()
                        + " bookings cancelled.");
    }

    private static void done(Context ctx, long apartmentId, String message) {
        ctx.redirect(
                apartmentPath(apartmentId) + "?done="
                        + java.net.URLEncoder.encode(message, java.nio.charset.StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    private static String format(java.time.Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }
}
