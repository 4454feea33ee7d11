package se.bricka.backend.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import se.bricka.backend.http.RouteGroup;

/**
 * {@code /health/live}: the process answers (for a supervisor's restart decision). {@code /health/ready}:
 * the database answers and its schema is current (for a load balancer's routing decision); 503 when not.
 * Both are public and say nothing a caller could use against the node.
 */
public final class HealthRoutes implements RouteGroup {

    public static final String LIVE = "/health/live";
    public static final String READY = "/health/ready";

    private final Readiness readiness;

    public HealthRoutes(Readiness readiness) {
        this.readiness = readiness;
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(LIVE, ctx -> ctx.json(Map.of("status", "up")));
        routes.get(READY, this::ready);
    }

    private void ready(Context ctx) {
        Readiness.Report report = readiness.check();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("status", report.ready() ? "ready" : "not-ready");
        body.put("database", report.database());
        body.put("migrations", report.migrations());
        body.put("schemaVersion", report.schemaVersion());
        ctx.header("Cache-Control", "no-store");
        ctx.status(report.ready() ? 200 : 503).json(body);
    }
}
