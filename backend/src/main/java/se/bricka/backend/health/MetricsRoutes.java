package se.bricka.backend.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RouteGroup;
import se.bricka.core.wire.Problem;

/**
 * {@code GET /metrics} in Prometheus' text format, for a scraper with the metrics token; 404 when no
 * token is configured, 401 with a wrong or missing one.
 */
public final class MetricsRoutes implements RouteGroup {

    public static final String METRICS = "/metrics";

    private final BackendMetrics metrics;
    private final MetricsAccess access;

    public MetricsRoutes(BackendMetrics metrics, MetricsAccess access) {
        this.metrics = metrics;
        this.access = access;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(METRICS, this::scrape);
    }

    private void scrape(Context ctx) {
        if (!access.open()) {
            throw new ApiException(Problem.of("not-found", "Not found", 404, "There is no " + METRICS + " here."));
        }
        if (!access.admits(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"metrics\"");
            throw new ApiException(Problem.of(
                    "unauthorized",
                    "A metrics token is required",
                    401,
                    "The Authorization header must be 'Bearer <metrics token>'."));
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(BackendMetrics.CONTENT_TYPE).result(metrics.scrape());
    }
}
