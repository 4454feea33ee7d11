package se.bricka.hw.display;

import java.io.IOException;

/**
 * The panel's screen brightness, in percent of what the panel can give. Setting it may fail (no
 * backlight, no permission): the failure is an {@link IOException} the caller reports, never a crash.
 */
public interface Backlight {

    /** The dimmest setting offered: a panel at 0 % looks dead, and a caretaker could not undo it. */
    int MIN_PERCENT = 10;

    int MAX_PERCENT = 100;

    /**
     * Sets the brightness.
     *
     * @throws IllegalArgumentException when {@code percent} is outside {@value #MIN_PERCENT}–{@value #MAX_PERCENT}
     * @throws IOException when the backlight cannot be set; the screen keeps its brightness
     */
    void setPercent(int percent) throws IOException;

    /** Where the brightness goes, for the log and the caretaker: a sysfs folder, or "simulated". */
    String describe();

    /** Refuses a percentage outside the offered range, naming it. */
    static int checked(int percent) {
        if (percent < MIN_PERCENT || percent > MAX_PERCENT) {
            throw new IllegalArgumentException(
                    "brightness must be " + MIN_PERCENT + "–" + MAX_PERCENT + " %, was " + percent);
        }
        return percent;
    }
}
