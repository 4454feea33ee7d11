package se.bricka.backend.device;

import io.javalin.http.Context;
import se.bricka.backend.http.ApiException;
import se.bricka.backend.persistence.Transactor;
import se.bricka.core.wire.ApiPaths;

/**
 * Admits a request only with {@code Authorization: Bearer <token>} of an enrolled device, and only to
 * the routes of its kind ({@link DeviceScope}).
 */
public final class DeviceAuthenticator {

    private static final String ATTRIBUTE = "bricka.device";
    private static final String BEARER = "Bearer ";

    private final Transactor transactor;
    private final DeviceRepository devices;

    public DeviceAuthenticator(Transactor transactor, DeviceRepository devices) {
        this.transactor = transactor;
        this.devices = devices;
    }

    /** A before-handler: remembers the device on the context, or refuses with 401 (no device) or 403 (not its kind's route). */
    public void authenticate(Context ctx) {
        String header = ctx.header(ApiPaths.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw ApiException.unauthorized("The Authorization header must be 'Bearer <device token>'.");
        }
        String tokenHash = TokenHash.of(header.substring(BEARER.length()).strip());
        Device device = transactor
                .inTransaction(connection -> devices.findByTokenHash(connection, tokenHash))
                .orElseThrow(() -> ApiException.unauthorized("The device token is not known."));
        DeviceScope.check(device, ctx.path());
        ctx.attribute(ATTRIBUTE, device);
    }

    /** The device {@link #authenticate} admitted. */
    public static Device deviceOf(Context ctx) {
        Device device = ctx.attribute(ATTRIBUTE);
        if (device == null) {
            throw new IllegalStateException("no authenticated device on " + ctx.path());
        }
        return device;
    }
}
