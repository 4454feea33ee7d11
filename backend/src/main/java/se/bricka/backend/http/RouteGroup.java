package se.bricka.backend.http;

import io.javalin.config.RoutesConfig;

/** A set of routes that belong together, declared on the app in one call. */
@FunctionalInterface
public interface RouteGroup {

    /** Declares this group's routes. */
    void install(RoutesConfig routes);
}
