package se.bricka.backend.device;

import java.util.Locale;

/** What a device is; each kind's token reaches only the routes its job needs ({@link DeviceScope}). */
public enum DeviceKind {
    /** A screen in a laundry room: books and cancels for the tags tapped on it, shows its objects' weeks. */
    BOARD,
    /** A headless door controller: its snapshot, its doors' events, check-ins, nothing else. */
    DOOR;

    /** As stored in {@code device.kind}: {@code board} or {@code door}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind stored as {@code code}. */
    public static DeviceKind ofCode(String code) {
        for (DeviceKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("device kind must be 'board' or 'door', was '" + code + "'");
    }
}
