package se.bricka.backend.health;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Times every HTTP request by route template (never the raw path), method and status: a request no
 * route matched counts as {@code unmatched}, so a scanner's paths cannot grow the series.
 */
public final class HttpMetrics {

    private HttpMetrics() {}

    /** A Javalin request logger: called once per request with its duration. */
    public static void record(Context ctx, Float milliseconds) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(Metrics.globalRegistry)
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
    }
}
