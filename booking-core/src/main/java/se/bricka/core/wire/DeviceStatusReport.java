package se.bricka.core.wire;

import java.util.List;

/**
 * What a device says about itself every minute ({@link ApiPaths#DEVICE_STATUS}), for IT's devices page.
 *
 * @param kind {@code board} or {@code door-controller}
 * @param softwareVersion the device program's version, such as {@code 0.1.0}
 * @param snapshotVersion the version of the access snapshot its doors decide by, or -1 for none
 * @param uploadBacklog access events journaled and not yet stored by the backend
 * @param readers each reader's health
 * @param doors each door's state as its contact last told it
 */
public record DeviceStatusReport(
        String kind,
        String softwareVersion,
        long snapshotVersion,
        int uploadBacklog,
        List<ReaderStatus> readers,
        List<DoorStatus> doors) {

    public static final String BOARD = "board";
    public static final String DOOR_CONTROLLER = "door-controller";

    public DeviceStatusReport {
        readers = readers == null ? null : List.copyOf(readers);
        doors = doors == null ? null : List.copyOf(doors);
    }

    /**
     * One reader.
     *
     * @param doorId the door it reads at
     * @param status {@code OK}, {@code NOT_ANSWERING} or {@code FAULTY}
     * @param detail a sentence when it is not OK, else empty
     */
    public record ReaderStatus(String doorId, String status, String detail) {}

    /**
     * One door.
     *
     * @param state {@code CLOSED}, {@code OPEN}, {@code FORCED} (opened without a grant, until it closes),
     *     {@code HELD_OPEN} (open too long, until it closes) or {@code UNKNOWN} (no contact, or nothing heard)
     */
    public record DoorStatus(String doorId, String state) {}
}
