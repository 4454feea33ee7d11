package se.bricka.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Map;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.health.HttpMetrics;
import se.bricka.backend.http.ProblemMapper;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.http.SecurityHeaders;
import se.bricka.backend.http.SlowClients;
import se.bricka.core.wire.ApiPaths;

/**
 * Assembles the Javalin app: one JSON mapper, one problem mapper, bounded bodies, device auth on all
 * of /api. The calendar feed and the OpenAPI document live outside /api: their URL is their key.
 */
final class HttpApi {

    private HttpApi() {}

    static Javalin create(
            BackendConfig backend, ObjectMapper mapper, DeviceAuthenticator authenticator, List<RouteGroup> groups) {
        return Javalin.create(config -> {
            config.jetty.port = backend.port();
            config.jetty.host = backend.bindAddress();
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = ProblemMapper.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(SlowClients::install);
            SecurityHeaders.install(config.routes);
            config.jsonMapper(new JavalinJackson(mapper, false));
            new ProblemMapper(mapper).install(config.routes);
            config.routes.get(ApiPaths.HEALTH, ctx -> ctx.json(Map.of("status", "ok")));
            config.requestLogger.http(HttpMetrics::record);
            config.routes.before("/api/*", authenticator::authenticate);
            config.routes.before("/api/*", RequestInput::requireJsonBody);
            config.routes.before(ApiPaths.ENROLLMENT, RequestInput::requireJsonBody);
            config.routes.before("/staff/api/*", RequestInput::requireJsonBody);
            groups.forEach(group -> group.install(config.routes));
        });
    }
}
