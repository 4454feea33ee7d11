package se.bricka.backend.device;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Base64;
import se.bricka.backend.household.Households;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.http.RequestInput;
import se.bricka.backend.http.RouteGroup;
import se.bricka.backend.resource.Resource;
import se.bricka.backend.resource.Resources;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.core.wire.TagLookup;

/** What a board asks about itself and about the tags tapped on it. */
public final class DeviceRoutes implements RouteGroup {

    private final Households households;
    private final Resources resources;
    private final RequestInput input;
    private final String tagKeyBase64;

    public DeviceRoutes(Households households, Resources resources, RequestInput input, byte[] tagKey) {
        this.households = households;
        this.resources = resources;
        this.input = input;
        this.tagKeyBase64 = Base64.getEncoder().encodeToString(tagKey);
    }

    /** Declares the bootstrap and identify routes. */
    @Override
    public void install(RoutesConfig routes) {
        routes.get(ApiPaths.DEVICE_BOOTSTRAP, this::bootstrap);
        routes.post(ApiPaths.DEVICE_IDENTIFY, this::identify);
    }

    private void bootstrap(Context ctx) {
        Device device = DeviceAuthenticator.deviceOf(ctx);
        ctx.json(new DeviceBootstrap(
                device.deviceId(),
                device.propertyName(),
                device.zone().getId(),
                tagKeyBase64,
                resources.of(device).stream().map(Resource::summary).toList()));
    }

    private void identify(Context ctx) {
        TagLookup lookup = input.body(ctx.bodyAsBytes(), TagLookup.class);
        if (lookup.tagHash() == null) {
            throw ApiException.badRequest("Field 'tagHash' is required.");
        }
        ctx.json(households.identify(DeviceAuthenticator.deviceOf(ctx), lookup.tagHash()));
    }
}
