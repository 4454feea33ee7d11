package se.bricka.backend.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.util.Base64;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.staff.oidc.OidcRoutes;
import se.bricka.backend.staff.oidc.OidcSignIn;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffAction;
import se.bricka.core.privacy.StaffRole;

/** Sign-in, sign-out and the start page that shows each role what it may do. */
public final class SignInRoutes {

    /** The sign-in page and form target. */
    public static final String SIGN_IN = "/staff/sign-in";

    /** Double-submit cookie that protects the sign-in form itself (there is no session yet). */
    static final String SIGN_IN_COOKIE = "bricka_sign_in";

    /** The page where the signed-in person changes their own password. */
    public static final String PASSWORD = "/staff/password";

    private final SignInService signIn;
    private final OidcSignIn oidc;
    private final ClientAddress addresses;
    private final SecureRandom random = new SecureRandom();

    /** Password sign-in only. */
    public SignInRoutes(SignInService signIn) {
        this(signIn, null, ClientAddress.PEER);
    }

    /**
     * @param oidc sign-in through an OpenID Connect provider, or {@code null} when none is configured
     * @param addresses tells the throttle where a request comes from
     */
    public SignInRoutes(SignInService signIn, OidcSignIn oidc, ClientAddress addresses) {
        this.signIn = signIn;
        this.oidc = oidc;
        this.addresses = addresses;
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get(SIGN_IN, ctx -> showSignIn(ctx, null, 200));
        routes.post(SIGN_IN, this::signIn);
        routes.post("/staff/sign-out", this::signOut);
        routes.get("/staff", this::home);
        routes.get(PASSWORD, ctx -> showPasswordForm(ctx, null, null, 200));
        routes.post(PASSWORD, this::changePassword);
        if (oidc != null) {
            new OidcRoutes(oidc, (ctx, account) -> startSession(ctx, signIn.open(account))).install(routes);
        }
    }

    private void showSignIn(Context ctx, String error, int status) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.header("Set-Cookie", cookie(SIGN_IN_COOKIE, token, SIGN_IN, 1800));
        Messages messages = Messages.of(ctx);
        String body = (error == null ? "" : Html.error(error))
                + "<form method=\"post\" action=\"" + SIGN_IN + "\"><fieldset>" + Html.csrfField(token)
                + "<label for=\"username\">" + Html.esc(messages.get("signIn.username"))
                + "</label><input id=\"username\" name=\"username\" autocomplete=\"username\" required>"
                + "<label for=\"password\">" + Html.esc(messages.get("signIn.password"))
                + "</label><input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\" required><br><button type=\"submit\" id=\"sign-in\">"
                + Html.esc(messages.get("signIn.button")) + "</button></fieldset></form>"
                + (oidc == null
                        ? ""
                        : "<p><a id=\"sign-in-oidc\" href=\"" + OidcRoutes.START + "\">"
                                + Html.esc(messages.get("signIn.with", oidc.providerName())) + "</a></p>");
        ctx.status(status).html(Html.page(messages, SIGN_IN, messages.get("signIn.title"), null, null, body));
    }

    private void signIn(Context ctx) {
        // Without the form's cookie there is nothing to compare with: a forged form must not pass as "null".
        String expected = ctx.cookie(SIGN_IN_COOKIE);
        if (expected == null
                || expected.isBlank()
                || !StaffGuard.sameToken(ctx.formParam(StaffGuard.CSRF_FIELD), expected)) {
            throw StaffProblems.csrf();
        }
        NewSession session;
        try {
            session = signIn.signIn(ctx.formParam("username"), ctx.formParam("password"), addresses.of(ctx));
        } catch (ApiException e) {
            retryAfter(ctx, e);
            showSignIn(ctx, sentence(ctx, e), e.problem().status());
            return;
        }
        startSession(ctx, session);
    }

    /** Sets the cookie of a session just opened and goes to the start page. */
    private void startSession(Context ctx, NewSession session) {
        // Whatever session id the browser came with is ended: the new one is the only one that works.
        signIn.signOut(ctx.cookie(StaffGuard.COOKIE));
        long maxAge = SignInService.SESSION_LIFETIME.toSeconds();
        // Added, not set: the provider's step may have added a cookie of its own to this answer.
        ctx.res().addHeader("Set-Cookie", cookie(StaffGuard.COOKIE, session.id(), "/staff", maxAge));
        ctx.redirect("/staff", HttpStatus.SEE_OTHER);
    }

    private void showPasswordForm(Context ctx, String error, String notice, int status) {
        StaffSession session = StaffGuard.sessionOf(ctx);
        Messages messages = Messages.of(ctx);
        String body = (error == null ? "" : Html.error(error)) + Html.notice(notice)
                + "<p>"
                + Html.esc(messages.get("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                + "</p>"
                + "<form method=\"post\" action=\"" + PASSWORD + "\"><fieldset>"
                + Html.csrfField(session.csrfToken())
                + passwordField("current", "current-password", messages.get("password.current"))
                + passwordField("new", "new-password", messages.get("password.new"))
                + passwordField("repeat", "new-password", messages.get("password.repeat"))
                + "<br><button type=\"submit\" id=\"change-password\">"
                + Html.esc(messages.get("password.button")) + "</button></fieldset></form>";
        ctx.status(status).html(StaffGuard.page(ctx, session, messages.get("password.title"), body));
    }

    private static String passwordField(String name, String autocomplete, String label) {
        return "<label for=\"" + name + "\">" + Html.esc(label) + "</label><input id=\"" + name + "\" name=\"" + name
                + "\" type=\"password\" autocomplete=\"" + autocomplete + "\" required>";
    }

    private void changePassword(Context ctx) {
        StaffSession session = StaffGuard.sessionOf(ctx);
        int ended;
        try {
            ended = signIn.changePassword(
                    ctx.cookie(StaffGuard.COOKIE),
                    session,
                    ctx.formParam("current"),
                    ctx.formParam("new"),
                    ctx.formParam("repeat"),
                    addresses.of(ctx));
        } catch (ApiException e) {
            retryAfter(ctx, e);
            showPasswordForm(ctx, sentence(ctx, e), null, e.problem().status());
            return;
        }
        showPasswordForm(ctx, null, Messages.of(ctx).get("password.changed", ended), 200);
    }

    private static String sentence(Context ctx, ApiException e) {
        Text detail = e.detailText();
        return detail == null ? e.problem().detail() : Messages.of(ctx).get(detail);
    }

    private static void retryAfter(Context ctx, ApiException e) {
        Object seconds = e.extensions().get(SignInService.RETRY_AFTER_SECONDS);
        if (seconds != null) {
            ctx.header("Retry-After", seconds.toString());
        }
    }

    private void signOut(Context ctx) {
        signIn.signOut(ctx.cookie(StaffGuard.COOKIE));
        ctx.header("Set-Cookie", cookie(StaffGuard.COOKIE, "", "/staff", 0));
        ctx.redirect(SIGN_IN, HttpStatus.SEE_OTHER);
    }

    private void home(Context ctx) {
        StaffSession session = StaffGuard.sessionOf(ctx);
        StaffRole role = session.account().role();
        Messages messages = Messages.of(ctx);
        StringBuilder body = new StringBuilder("<ul id=\"tasks\">");
        if (StaffAction.VIEW_APARTMENT.allows(role)) {
            body.append(task("/staff/apartments", messages, "home.apartments"));
        }
        if (StaffAction.READ_ACCESS_LOG.allows(role)) {
            body.append(task("/staff/access-log", messages, "home.accessLog"));
        }
        if (StaffAction.READ_AUDIT_TRAIL.allows(role)) {
            body.append(task("/staff/audit", messages, "home.audit"));
        }
        if (StaffAction.CONFIGURE_BOOKING_RULES.allows(role)) {
            body.append(task("/staff/quota-groups", messages, "home.quotaGroups"));
        }
        if (StaffAction.MANAGE_CLOSURES.allows(role)) {
            body.append(task("/staff/closures", messages, "home.closures"));
        }
        if (StaffAction.ENROLL_DEVICE.allows(role)) {
            body.append(task("/staff/devices", messages, "home.devices"));
        }
        if (StaffAction.MANAGE_DOOR_ACCESS.allows(role)) {
            body.append(task("/staff/door-access", messages, "home.doorAccess"));
        }
        body.append(task(PASSWORD, messages, "home.password"));
        if (StaffAction.MONITOR_DEVICES.allows(role)) {
            body.append(task("/staff/device-health", messages, "home.deviceHealth"));
        }
        if (StaffAction.MANAGE_STAFF.allows(role)) {
            body.append(task(StaffAccountRoutes.PAGE, messages, "home.staffAccounts"));
        }
        if (StaffAction.VIEW_STATISTICS.allows(role)) {
            body.append(task("/staff/statistics", messages, "home.statistics"));
        }
        body.append("</ul>");
        ctx.html(StaffGuard.page(
                ctx, session, messages.get("home.title", session.account().displayName()), body.toString()));
    }

    private static String task(String path, Messages messages, String key) {
        return "<li><a href=\"" + path + "\">" + Html.esc(messages.get(key)) + "</a> – "
                + Html.esc(messages.get(key + ".what")) + "</li>";
    }

    /** A Secure, HTTP-only, SameSite=Strict cookie. */
    static String cookie(String name, String value, String path, long maxAgeSeconds) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; Secure; HttpOnly; SameSite=Strict";
    }
}
