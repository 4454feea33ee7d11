package se.bricka.kiosk.maintenance;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import se.bricka.hw.display.Backlight;

/**
 * How the caretaker set up this board's screen: which of the rooms the backend serves it shows (none
 * listed: all of them), the screen brightness and whether large text is the default after each log-out.
 *
 * @param rooms the ids of the rooms shown, in ascending order; empty for every room served
 * @param brightnessPercent {@value Backlight#MIN_PERCENT}–{@value Backlight#MAX_PERCENT}
 * @param largeText large text as the board's default
 */
public record DeviceSettings(List<Long> rooms, int brightnessPercent, boolean largeText) {

    /** Every room, full brightness, normal text: a new board, or one whose saved settings were damaged. */
    public static final DeviceSettings DEFAULTS = new DeviceSettings(List.of(), Backlight.MAX_PERCENT, false);

    public DeviceSettings {
        Objects.requireNonNull(rooms, "rooms");
        rooms = List.copyOf(new TreeSet<>(rooms));
        Backlight.checked(brightnessPercent);
    }

    /** The rooms shown as a set; empty for all. */
    public Set<Long> roomSet() {
        return Set.copyOf(rooms);
    }

    /** Whether the room {@code id} is shown. */
    public boolean shows(long id) {
        return rooms.isEmpty() || rooms.contains(id);
    }

    public DeviceSettings withRooms(Set<Long> chosen) {
        return new DeviceSettings(List.copyOf(chosen), brightnessPercent, largeText);
    }

    public DeviceSettings withBrightness(int percent) {
        return new DeviceSettings(rooms, percent, largeText);
    }

    public DeviceSettings withLargeText(boolean large) {
        return new DeviceSettings(rooms, brightnessPercent, large);
    }
}
