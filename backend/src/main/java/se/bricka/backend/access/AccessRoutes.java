package se.bricka.backend.access;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.Objects;
import se.bricka.backend.device.DeviceAuthenticator;
import se.bricka.core.wire.ApiPaths;

/**
 * The device's access snapshot. Its version is the entity tag: a device that already holds the
 * current version gets a 304 and no body. Every answer carries the backend's clock, which devices
 * take as their reference.
 */
public final class AccessRoutes {

    private final AccessSnapshots snapshots;
    private final Clock clock;

    /** Serves snapshots from {@code snapshots}, stamped with {@code clock}. */
    public AccessRoutes(AccessSnapshots snapshots, Clock clock) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Declares the snapshot route. */
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.DEVICE_ACCESS_SNAPSHOT, this::snapshot);
    }

    private void snapshot(Context ctx) {
        ctx.header(ApiPaths.SERVER_TIME_HEADER, clock.instant().toString());
        AccessSnapshots.Built built = snapshots.snapshotOf(DeviceAuthenticator.deviceOf(ctx));
        String etag = "\"" + built.version() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        ctx.contentType("application/json").result(built.json());
    }
}
