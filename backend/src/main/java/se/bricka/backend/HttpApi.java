package se.bricka.backend;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import java.util.function.Consumer;
import se.bricka.backend.access.AccessRoutes;
import se.bricka.backend.booking.BookingRoutes;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.backend.device.DeviceRoutes;
import se.bricka.backend.http.ProblemMapper;
import se.bricka.backend.push.DeviceEvents;
import se.bricka.core.wire.ApiPaths;

/** Assembles the Javalin app: one JSON mapper, one problem mapper, device auth on all of /api. */
final class HttpApi {

    private HttpApi() {}

    static Javalin create(
            int port,
            ObjectMapper mapper,
            DeviceAuthenticator authenticator,
            DeviceRoutes deviceRoutes,
            BookingRoutes bookingRoutes,
            DeviceEvents deviceEvents,
            Consumer<RoutesConfig> staffRoutes,
            AccessRoutes accessRoutes) {
        return Javalin.create(config -> {
            config.jetty.port = port;
            config.startup.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            new ProblemMapper(mapper).install(config.routes);
            config.routes.get(ApiPaths.HEALTH, ctx -> ctx.json(Map.of("status", "ok")));
            config.routes.before("/api/*", authenticator::authenticate);
            deviceRoutes.install(config.routes);
            bookingRoutes.install(config.routes);
            deviceEvents.install(config.routes);
            staffRoutes.accept(config.routes);
            accessRoutes.install(config.routes);
        });
    }
}
