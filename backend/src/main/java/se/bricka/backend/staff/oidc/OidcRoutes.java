package se.bricka.backend.staff.oidc;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.function.BiConsumer;
import se.bricka.backend.staff.StaffAccount;

/**
 * The two steps of signing in through the provider: {@link #START} sends the browser there, and
 * {@link #CALLBACK} is where it comes back with a code. Both are open (there is no session yet); the
 * state, bound to this browser by a cookie, stands in for the CSRF token.
 */
public final class OidcRoutes {

    /** Sends the browser to the provider. */
    public static final String START = "/staff/sign-in/oidc";

    /** Where the provider sends the browser back. */
    public static final String CALLBACK = "/staff/sign-in/oidc/callback";

    /** The cookie binding a started sign-in to the browser that started it. */
    static final String COOKIE = "bricka_oidc";

    private final OidcSignIn oidc;
    private final BiConsumer<Context, StaffAccount> signedIn;

    /** @param signedIn opens the session of an account the provider vouched for and answers the browser */
    public OidcRoutes(OidcSignIn oidc, BiConsumer<Context, StaffAccount> signedIn) {
        this.oidc = oidc;
        this.signedIn = signedIn;
    }

    /** Declares the routes. */
    public void install(RoutesConfig routes) {
        routes.get(START, this::start);
        routes.get(CALLBACK, this::callback);
    }

    private void start(Context ctx) {
        URI redirect = oidc.redirectUri(ctx.scheme() + "://" + ctx.host());
        OidcSignIn.Start start = oidc.start(redirect);
        ctx.header("Set-Cookie", cookie(start.browserSecret(), OidcSignIn.PENDING_FOR.toSeconds()));
        ctx.redirect(start.authorizationUri().toString(), HttpStatus.SEE_OTHER);
    }

    private void callback(Context ctx) {
        String secret = ctx.cookie(COOKIE);
        // The cookie has done its work whatever the outcome.
        ctx.res().addHeader("Set-Cookie", cookie("", 0));
        StaffAccount account =
                oidc.finish(ctx.queryParam("state"), ctx.queryParam("code"), ctx.queryParam("error"), secret);
        signedIn.accept(ctx, account);
    }

    /**
     * SameSite=Lax, not Strict: the browser comes back from the provider's site, and a Strict cookie would
     * not come with it.
     */
    private static String cookie(String value, long maxAgeSeconds) {
        return COOKIE + "=" + value + "; Path=" + START + "; Max-Age=" + maxAgeSeconds
                + "; Secure; HttpOnly; SameSite=Lax";
    }
}
