package se.bricka.kiosk;

import java.nio.file.Path;
import se.bricka.hw.display.Backlight;
import se.bricka.hw.display.SimulatedBacklight;
import se.bricka.hw.display.SysfsBacklight;

/**
 * The {@code --backlight} option: {@code sysfs} (the first backlight under {@code /sys/class/backlight},
 * the default), {@code sysfs:FOLDER} (that backlight's folder) or {@code simulated} (desktops). A folder
 * that turns out missing is told to the caretaker when the brightness is set, not at start.
 */
final class BacklightChoice {

    static final String SYSFS = "sysfs";
    static final String SIMULATED = "simulated";
    private static final String SYSFS_AT = "sysfs:";

    private BacklightChoice() {}

    static Backlight parse(String choice) {
        if (SYSFS.equals(choice)) {
            return SysfsBacklight.firstUnder(SysfsBacklight.CLASS_FOLDER);
        }
        if (SIMULATED.equals(choice)) {
            return new SimulatedBacklight();
        }
        if (choice != null && choice.startsWith(SYSFS_AT) && choice.length() > SYSFS_AT.length()) {
            return SysfsBacklight.at(Path.of(choice.substring(SYSFS_AT.length())));
        }
        throw new IllegalArgumentException(
                "--backlight must be sysfs, sysfs:FOLDER or simulated, was '" + choice + "'");
    }
}
