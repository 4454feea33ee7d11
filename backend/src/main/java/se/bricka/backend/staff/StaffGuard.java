package se.bricka.backend.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import se.bricka.backend.http.StaffProblems;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.LanguageSwitch;
import se.bricka.backend.web.Messages;
import se.bricka.backend.web.Text;
import se.bricka.core.privacy.StaffAction;

/**
 * Guards every staff page: a live session (from the secure, HTTP-only, SameSite cookie), a CSRF token
 * on every state-changing request, and the role table of {@link StaffAction}.
 */
public final class StaffGuard {

    /** The session cookie. */
    public static final String COOKIE = "bricka_staff";

    /** The form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";

    /** The header carrying the CSRF token, for non-form clients. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String ATTRIBUTE = "bricka.staff";

    private final SignInService signIn;

    public StaffGuard(SignInService signIn) {
        this.signIn = signIn;
    }

    /**
     * Declares the before-handler on {@code /staff/*}; the sign-in page and the steps of signing in through
     * a provider below it are open.
     */
    public void install(RoutesConfig routes) {
        routes.before("/staff", this::guard);
        routes.before("/staff/*", this::guard);
    }

    private void guard(Context ctx) {
        if (ctx.path().equals(SignInRoutes.SIGN_IN)
                || ctx.path().startsWith(SignInRoutes.SIGN_IN + "/")
                || ctx.path().equals(LanguageSwitch.PATH)
                || SignInLinkRoutes.isLink(ctx.path())) {
            return;
        }
        StaffSession session = signIn.session(ctx.cookie(COOKIE)).orElseThrow(StaffProblems::signInRequired);
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
            String sent = ctx.header(CSRF_HEADER) != null ? ctx.header(CSRF_HEADER) : ctx.formParam(CSRF_FIELD);
            if (!sameToken(sent, session.csrfToken())) {
                throw StaffProblems.csrf();
            }
        }
        ctx.attribute(ATTRIBUTE, session);
    }

    /** Whether two tokens are equal, in time independent of where they differ. */
    static boolean sameToken(String sent, String expected) {
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** The session the guard admitted. */
    public static StaffSession sessionOf(Context ctx) {
        StaffSession session = ctx.attribute(ATTRIBUTE);
        if (session == null) {
            throw new IllegalStateException("no staff session on " + ctx.path());
        }
        return session;
    }

    /**
     * The session, if its role may do {@code action}.
     *
     * @throws se.bricka.backend.http.ApiException 403 {@code forbidden} otherwise
     */
    public static StaffSession require(Context ctx, StaffAction action) {
        StaffSession session = sessionOf(ctx);
        if (!action.allows(session.account().role())) {
            throw StaffProblems.forbidden(Text.of(
                    "problem.forbidden", Text.of("role." + session.account().role()), Text.of("action." + action)));
        }
        return session;
    }

    /** "Name (role)", for the page header. */
    public static String who(StaffSession session, Messages messages) {
        return session.account().displayName() + " ("
                + messages.get("role." + session.account().role()) + ")";
    }

    /** A whole page for this session, in the language the person chose. */
    public static String page(Context ctx, StaffSession session, String title, String body) {
        Messages messages = Messages.of(ctx);
        return Html.page(messages, ctx.path(), title, who(session, messages), session.csrfToken(), body);
    }
}
