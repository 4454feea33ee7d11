package se.bricka.backend.closure;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.backend.staff.AdminAudit;
import se.bricka.backend.staff.StaffGuard;
import se.bricka.backend.staff.StaffSession;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.wire.ClosureRequest;
import se.bricka.core.wire.ClosureView;

/**
 * The caretaker's pages: every bookable object, its closures in force with the households whose
 * bookings they cancelled, a form to close it (out of order, cleaning) and a button to end a closure
 * early. The same {@link ClosureService} as the boards' closure API.
 */
public final class ClosureStaffRoutes implements RouteGroup {

    private static final String BASE = "/staff/closures";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ClosureService closures;
    private final Resources resources;

    public ClosureStaffRoutes(ClosureService closures, Resources resources) {
        this.closures = closures;
        this.resources = resources;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(BASE, this::objects);
        routes.get(BASE + "/{resourceId}", this::object);
        routes.post(BASE + "/{resourceId}", this::close);
        routes.post(BASE + "/{resourceId}/{closureId}/end", this::end);
    }

    private static String path(long resourceId) {
        return BASE + "/" + resourceId;
    }

    private void objects(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_CLOSURES);
        Messages messages = Messages.of(ctx);
        List<List<String>> rows = new ArrayList<>();
        for (Resource resource : resources.all()) {
            int inForce = closures.inForce(resource.propertyId(), resource.id()).size();
            rows.add(List.of(
                    "<a href=\"" + path(resource.id()) + "\">" + Html.esc(resource.name()) + "</a>",
                    inForce == 0
                            ? Html.esc(messages.get("closures.open"))
                            : "<span class=\"blocked\">" + Html.esc(messages.get("closures.closedCount", inForce))
                                    + "</span>"));
        }
        String body = "<p>" + Html.esc(messages.get("closures.intro")) + "</p>"
                + Html.table("objects", List.of(messages.get("closures.object"), messages.get("closures.state")), rows);
        ctx.html(StaffGuard.page(ctx, session, messages.get("closures.title"), body));
    }

    private void object(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_CLOSURES);
        Messages messages = Messages.of(ctx);
        Resource resource = resource(ctx);
        String csrf = Html.csrfField(session.csrfToken());
        List<List<String>> rows = new ArrayList<>();
        for (ClosureView closure : closures.inForce(resource.propertyId(), resource.id())) {
            rows.add(List.of(
                    Html.esc(WHEN.format(closure.from())),
                    Html.esc(
                            closure.until() == null
                                    ? messages.get("closures.furtherNotice")
                                    : WHEN.format(closure.until())),
                    Html.esc(closure.reason()),
                    Html.esc(households(closure.closureId(), messages)),
                    "<form class=\"inline\" method=\"post\" action=\"" + path(resource.id()) + "/" + closure.closureId()
                            + "/end\">" + csrf + "<button type=\"submit\" id=\"end-" + closure.closureId() + "\">"
                            + Html.esc(messages.get("closures.end")) + "</button></form>"));
        }
        String body = Notice.render(ctx, messages)
                + (rows.isEmpty()
                        ? "<p id=\"no-closures\">" + Html.esc(messages.get("closures.none")) + "</p>"
                        : Html.table(
                                "closures",
                                List.of(
                                        messages.get("closures.from"),
                                        messages.get("closures.until"),
                                        messages.get("closures.reason"),
                                        messages.get("closures.affected"),
                                        ""),
                                rows))
                + "<form method=\"post\" action=\"" + path(resource.id()) + "\"><fieldset><legend>"
                + Html.esc(messages.get("closures.closeLegend")) + "</legend>" + csrf
                + label(messages, "from", "closures.field.from")
                + "<input id=\"from\" name=\"from\" type=\"datetime-local\" required>"
                + label(messages, "until", "closures.field.until")
                + "<input id=\"until\" name=\"until\" type=\"datetime-local\">"
                + label(messages, "reason", "closures.field.reason")
                + "<input id=\"reason\" name=\"reason\" size=\"50\" maxlength=\"500\" required><br>"
                + "<button type=\"submit\" id=\"close\">" + Html.esc(messages.get("closures.close"))
                + "</button><p class=\"muted\">" + Html.esc(messages.get("closures.closeWhat"))
                + "</p></fieldset></form>"
                + "<p><a href=\"" + BASE + "\">" + Html.esc(messages.get("closures.back")) + "</a></p>";
        ctx.html(StaffGuard.page(ctx, session, messages.get("closures.objectTitle", resource.name()), body));
    }

    private static String label(Messages messages, String field, String key) {
        return "<label for=\"" + field + "\">" + Html.esc(messages.get(key)) + "</label>";
    }

    private String households(long closureId, Messages messages) {
        List<AffectedBooking> affected = closures.affected(closureId);
        if (affected.isEmpty()) {
            return messages.get("closures.nobody");
        }
        return affected.stream()
                .map(a -> messages.get("closures.household", a.apartment(), a.date(), a.start(), a.end()))
                .collect(Collectors.joining(", "));
    }

    private void close(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_CLOSURES);
        Resource resource = resource(ctx);
        ClosureRequest request = new ClosureRequest(
                dateTime("from", ctx.formParam("from")),
                dateTime("until", ctx.formParam("until")),
                ctx.formParam("reason"));
        ClosureView closure =
                closures.close(resource.propertyId(), resource.id(), request, AdminAudit.Actor.of(session));
        Notice.redirect(ctx, path(resource.id()), "closed", closure.bookingsCancelled());
    }

    private void end(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_CLOSURES);
        Resource resource = resource(ctx);
        long closureId = RequestInput.pathId("closureId", ctx.pathParam("closureId"));
        // The page names one object; a closure of another object is not ended from it.
        boolean ofThisObject = closures.inForce(resource.propertyId(), resource.id()).stream()
                .anyMatch(closure -> closure.closureId() == closureId);
        if (!ofThisObject) {
            throw StaffProblems.notFound(Text.of("problem.noClosure", closureId, resource.name()));
        }
        closures.reopen(resource.propertyId(), closureId, AdminAudit.Actor.of(session));
        Notice.redirect(ctx, path(resource.id()), "closureEnded");
    }

    private Resource resource(Context ctx) {
        long id = RequestInput.pathId("resourceId", ctx.pathParam("resourceId"));
        return resources.all().stream()
                .filter(resource -> resource.id() == id)
                .findFirst()
                .orElseThrow(() -> StaffProblems.notFound(Text.of("problem.noObject", id)));
    }

    /** A {@code datetime-local} field: blank is none, anything but a local date and time is a 400. */
    private static LocalDateTime dateTime(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDateTime value = LocalDateTime.parse(text.strip());
            RequestInput.checkYear(field, value.toLocalDate());
            return value;
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(Text.of("problem.badDateTime", field, text));
        }
    }
}
