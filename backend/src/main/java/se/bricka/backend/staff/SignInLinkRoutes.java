package se.bricka.backend.staff;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.web.Html;
import se.bricka.backend.web.Messages;

/**
 * The page behind a one-time sign-in link: the person sets their own password (twice, under
 * {@link PasswordPolicy}), the link is used up, and they go on to sign in. Open without a session: the
 * link's secret is the key, so the form needs no other token; {@link StaffGuard} lets these paths through.
 */
public final class SignInLinkRoutes {

    private final StaffAccounts accounts;

    public SignInLinkRoutes(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    /** Whether {@code path} is a sign-in link, which needs no session. */
    public static boolean isLink(String path) {
        return path.startsWith(StaffAccounts.LINK_PATH);
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get(StaffAccounts.LINK_PATH + "{secret}", this::show);
        routes.post(StaffAccounts.LINK_PATH + "{secret}", this::setPassword);
    }

    private void show(Context ctx) {
        Messages messages = Messages.of(ctx);
        String secret = ctx.pathParam("secret");
        var username = accounts.linkFor(secret);
        if (username.isEmpty()) {
            ctx.status(404).html(page(ctx, Html.error(messages.get("staffAdmin.linkNotOpen"))));
            return;
        }
        ctx.html(page(ctx, form(messages, secret, username.get(), null)));
    }

    private void setPassword(Context ctx) {
        Messages messages = Messages.of(ctx);
        String secret = ctx.pathParam("secret");
        try {
            String username = accounts.setPassword(secret, ctx.formParam("password"), ctx.formParam("repeat"));
            ctx.html(page(
                    ctx,
                    Html.notice(messages.get("signInLink.done", username)) + "<p>"
                            + Html.link("go-sign-in", SignInRoutes.SIGN_IN, messages.get("signInLink.signIn"), null)
                            + "</p>"));
        } catch (ApiException e) {
            String error = messages.get(e.detailText());
            var username = accounts.linkFor(secret);
            String body = username.isPresent() ? form(messages, secret, username.get(), error) : Html.error(error);
            ctx.status(e.problem().status()).html(page(ctx, body));
        }
    }

    private static String form(Messages messages, String secret, String username, String error) {
        return (error == null ? "" : Html.error(error))
                + "<p>" + Html.esc(messages.get("signInLink.intro", username, PasswordPolicy.MIN_LENGTH)) + "</p>"
                + "<form method=\"post\" action=\"" + StaffAccounts.LINK_PATH + Html.esc(secret) + "\"><fieldset>"
                + "<input type=\"text\" name=\"username\" autocomplete=\"username\" value=\"" + Html.esc(username)
                + "\" hidden readonly>"
                + "<label for=\"password\">" + Html.esc(messages.get("signInLink.password")) + "</label>"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\""
                + " minlength=\"" + PasswordPolicy.MIN_LENGTH + "\" maxlength=\"" + PasswordPolicy.MAX_LENGTH
                + "\" required>"
                + "<label for=\"repeat\">" + Html.esc(messages.get("signInLink.repeat")) + "</label>"
                + "<input id=\"repeat\" name=\"repeat\" type=\"password\" autocomplete=\"new-password\" required>"
                + "<br><button type=\"submit\" id=\"set-password\">" + Html.esc(messages.get("signInLink.button"))
                + "</button></fieldset></form>";
    }

    private static String page(Context ctx, String body) {
        Messages messages = Messages.of(ctx);
        return Html.page(messages, SignInRoutes.SIGN_IN, messages.get("signInLink.title"), null, null, body);
    }
}
