package se.bricka.backend.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.web.Html;

/**
 * The security headers every response carries, API, feeds, documents, pages, errors and 404s alike:
 * nothing is framed, sniffed, cached or allowed to run script. HSTS only on a request that came over
 * TLS to this server: no trusted proxy is configured, so {@code X-Forwarded-Proto} is not believed.
 */
public final class SecurityHeaders {

    /** One year, as browsers' preload lists expect. */
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private SecurityHeaders() {}

    /** Declares the before-handler on every path; it runs ahead of every other one. */
    public static void install(RoutesConfig routes) {
        routes.before(SecurityHeaders::set);
    }

    static void set(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", Html.CONTENT_SECURITY_POLICY);
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
    }
}
