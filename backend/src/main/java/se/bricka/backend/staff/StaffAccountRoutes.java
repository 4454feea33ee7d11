package se.bricka.backend.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import se.bricka.backend.staff.AdminAudit.Actor;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Notice;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.privacy.StaffRole;

/**
 * IT administration's page of staff accounts ({@link StaffAction#MANAGE_STAFF}): the accounts with
 * their role, properties, state and live sessions; a form to add one; and per account disable, reset
 * (a new sign-in link) and end sessions. A new link is shown once, on the page that answers the form.
 */
public final class StaffAccountRoutes {

    /** The page. */
    public static final String PAGE = "/staff/accounts";

    private final StaffAccounts accounts;

    public StaffAccountRoutes(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get(PAGE, this::list);
        routes.post(PAGE, this::add);
        routes.post(PAGE + "/{username}/disable", this::disable);
        routes.post(PAGE + "/{username}/reset", this::reset);
        routes.post(PAGE + "/{username}/end-sessions", this::endSessions);
    }

    private void list(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_STAFF);
        Messages messages = Messages.of(ctx);
        String csrf = Html.csrfField(session.csrfToken());
        List<List<String>> rows = new ArrayList<>();
        for (StaffAccounts.Listed account : accounts.list()) {
            String base = PAGE + "/" + Html.esc(account.username());
            String state = account.disabled()
                    ? messages.get("staffAdmin.state.disabled")
                    : account.passwordSet()
                            ? messages.get("staffAdmin.state.active")
                            : messages.get("staffAdmin.state.linkSent");
            String actions = account.disabled()
                    ? ""
                    : button(
                                    base + "/disable",
                                    csrf,
                                    "disable-" + account.username(),
                                    messages.get("staffAdmin.disable"))
                            + button(
                                    base + "/reset",
                                    csrf,
                                    "reset-" + account.username(),
                                    messages.get("staffAdmin.reset"))
                            + button(
                                    base + "/end-sessions",
                                    csrf,
                                    "end-sessions-" + account.username(),
                                    messages.get("staffAdmin.endSessions"));
            rows.add(List.of(
                    Html.esc(account.username()),
                    Html.esc(account.displayName()),
                    Html.esc(messages.get("role." + account.role())),
                    Html.esc(
                            account.properties().isEmpty()
                                    ? messages.get("staffAdmin.allProperties")
                                    : String.join(", ", account.properties())),
                    Html.esc(state),
                    Integer.toString(account.liveSessions()),
                    actions));
        }
        String body = Notice.render(ctx, messages)
                + Html.table(
                        "staff-accounts",
                        List.of(
                                messages.get("staffAdmin.username"),
                                messages.get("staffAdmin.name"),
                                messages.get("staffAdmin.role"),
                                messages.get("staffAdmin.properties"),
                                messages.get("staffAdmin.state"),
                                messages.get("staffAdmin.sessions"),
                                ""),
                        rows)
                + addForm(messages, csrf);
        ctx.html(StaffGuard.page(ctx, session, messages.get("staffAdmin.title"), body));
    }

    private String addForm(Messages messages, String csrf) {
        StringBuilder roles = new StringBuilder();
        for (StaffRole role : StaffRole.values()) {
            roles.append("<option value=\"")
                    .append(role.name())
                    .append("\">")
                    .append(Html.esc(messages.get("role." + role)))
                    .append("</option>");
        }
        StringBuilder properties = new StringBuilder();
        int i = 0;
        for (String property : accounts.propertyNames()) {
            String id = "property-" + i++;
            properties
                    .append("<input type=\"checkbox\" id=\"")
                    .append(id)
                    .append("\" name=\"property\" value=\"")
                    .append(Html.esc(property))
                    .append("\"><label class=\"check\" for=\"")
                    .append(id)
                    .append("\">")
                    .append(Html.esc(property))
                    .append("</label> ");
        }
        return "<h2>" + Html.esc(messages.get("staffAdmin.add")) + "</h2><form method=\"post\" action=\"" + PAGE
                + "\"><fieldset>" + csrf
                + "<label for=\"username\">" + Html.esc(messages.get("staffAdmin.username"))
                + "</label><input id=\"username\" name=\"username\" required maxlength=\"64\">"
                + "<label for=\"displayName\">" + Html.esc(messages.get("staffAdmin.name"))
                + "</label><input id=\"displayName\" name=\"displayName\" required maxlength=\"200\">"
                + "<label for=\"role\">" + Html.esc(messages.get("staffAdmin.role")) + "</label><select id=\"role\""
                + " name=\"role\">" + roles + "</select>"
                + "<p>" + Html.esc(messages.get("staffAdmin.properties")) + ": " + properties + "</p>"
                + "<button type=\"submit\" id=\"add-account\">" + Html.esc(messages.get("staffAdmin.add"))
                + "</button></fieldset></form>";
    }

    private void add(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_STAFF);
        StaffAccounts.IssuedLink link = accounts.add(
                ctx.formParam("username"),
                ctx.formParam("displayName"),
                StaffAccounts.role(ctx.formParam("role")),
                ctx.formParams("property"),
                Actor.of(session));
        showLink(ctx, session, link, "staffAdmin.added");
    }

    private void disable(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_STAFF);
        String username = ctx.pathParam("username");
        accounts.disable(username, Actor.of(session));
        Notice.redirect(ctx, PAGE, "staffDisabled", username);
    }

    private void reset(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_STAFF);
        showLink(ctx, session, accounts.reset(ctx.pathParam("username"), Actor.of(session)), "staffAdmin.wasReset");
    }

    private void endSessions(Context ctx) {
        StaffSession session = StaffGuard.require(ctx, StaffAction.MANAGE_STAFF);
        String username = ctx.pathParam("username");
        int ended = accounts.endSessions(username, Actor.of(session));
        Notice.redirect(ctx, PAGE, "sessionsEnded", username, ended);
    }

    /** The link under the address the person used to reach this page. */
    private static void showLink(Context ctx, StaffSession session, StaffAccounts.IssuedLink link, String key) {
        Messages messages = Messages.of(ctx);
        String url = link.url(URI.create(ctx.scheme() + "://" + ctx.host()));
        String body = Html.notice(messages.get(key, link.username()))
                + "<p class=\"sign-in-link\" id=\"sign-in-link\">" + Html.esc(url) + "</p>"
                + "<p>" + Html.esc(messages.get("staffAdmin.linkValid", link.expiresAt())) + "</p>"
                + "<p><a href=\"" + PAGE + "\">" + Html.esc(messages.get("staffAdmin.back")) + "</a></p>";
        ctx.html(StaffGuard.page(ctx, session, messages.get("staffAdmin.linkTitle"), body));
    }

    private static String button(String action, String csrf, String id, String text) {
        return "<form class=\"inline\" method=\"post\" action=\"" + action + "\">" + csrf
                + "<button type=\"submit\" id=\"" + Html.esc(id) + "\">" + Html.esc(text) + "</button></form> ";
    }
}
