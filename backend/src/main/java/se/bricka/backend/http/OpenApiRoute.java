package se.bricka.backend.http;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.bricka.core.wire.ApiPaths;

/** Serves the hand-written OpenAPI 3 document {@code openapi.json}; a test keeps it true to the routes. */
public final class OpenApiRoute implements RouteGroup {

    private static final String RESOURCE = "/openapi.json";

    private final byte[] document;

    public OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.OPENAPI, ctx -> ctx.contentType("application/json").result(document));
    }
}
