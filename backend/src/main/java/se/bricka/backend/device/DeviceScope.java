package se.bricka.backend.device;

import java.util.Set;
import se.bricka.backend.http.ApiException;
import se.bricka.core.wire.ApiPaths;
import se.bricka.core.wire.Problem;

/**
 * Which device routes each kind of device reaches. A door controller reaches only what it needs to
 * decide at its doors (its snapshot, the change stream, uploading its events, check-ins, who it is);
 * everything else under {@code /api} is refused to it, so that a new route is closed to doors until
 * named here. Boards reach the rest; the staff actions among them (PIN changes, closures) also need a
 * caretaker the backend verified ({@code CaretakerSessions}).
 */
public final class DeviceScope {

    /** The routes a door controller reaches, each without path parameters. */
    static final Set<String> DOOR_ROUTES = Set.of(
            ApiPaths.DEVICE_BOOTSTRAP,
            ApiPaths.DEVICE_BINDING,
            ApiPaths.DEVICE_ACCESS_SNAPSHOT,
            ApiPaths.DEVICE_EVENTS,
            ApiPaths.DEVICE_ACCESS_EVENTS,
            ApiPaths.DEVICE_CHECK_INS);

    private DeviceScope() {}

    /**
     * Refuses {@code device} a request to {@code path} outside its kind's scope.
     *
     * @throws ApiException 403 {@code outside-device-scope}
     */
    static void check(Device device, String path) {
        if (device.kind() == DeviceKind.DOOR && !DOOR_ROUTES.contains(withoutTrailingSlash(path))) {
            throw outside(device, path);
        }
    }

    private static ApiException outside(Device device, String path) {
        return new ApiException(Problem.of(
                "outside-device-scope",
                "This device may not use this route",
                403,
                "Device '" + device.deviceId() + "' is a " + device.kind().code() + " device; " + path
                        + " is not for its kind."));
    }

    private static String withoutTrailingSlash(String path) {
        String trimmed = path;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
