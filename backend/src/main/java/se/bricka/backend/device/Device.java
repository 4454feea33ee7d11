package se.bricka.backend.device;

import java.time.ZoneId;

/**
 * An enrolled device, with the property it serves, its kind and whether it shows a name board.
 *
 * @param showsNameBoard whether the device is configured to show the property's name board
 */
public record Device(
        long id,
        String deviceId,
        String name,
        long propertyId,
        String propertyName,
        ZoneId zone,
        DeviceKind kind,
        boolean showsNameBoard) {

    /** A board that shows no name board. */
    public Device(long id, String deviceId, String name, long propertyId, String propertyName, ZoneId zone) {
        this(id, deviceId, name, propertyId, propertyName, zone, DeviceKind.BOARD, false);
    }
}
