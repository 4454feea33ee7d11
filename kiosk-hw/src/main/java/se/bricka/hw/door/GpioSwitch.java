package se.bricka.hw.door;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.Objects;

/**
 * A GPIO output that switches something on and off: a relay coil, an LED, a buzzer. Relay boards
 * differ: many opto-isolated ones switch on when the pin goes low, so which level means "on" is a
 * setting, never a code change.
 */
public final class GpioSwitch {

    private final DigitalOutput output;
    private final DigitalState onLevel;
    private final DigitalState offLevel;

    /**
     * A switch on {@code output}.
     *
     * @param activeHigh whether the pin goes high to switch on
     */
    public GpioSwitch(DigitalOutput output, boolean activeHigh) {
        this.output = Objects.requireNonNull(output, "output");
        this.onLevel = activeHigh ? DigitalState.HIGH : DigitalState.LOW;
        this.offLevel = activeHigh ? DigitalState.LOW : DigitalState.HIGH;
    }

    /** Switches on ({@code true}) or off. */
    public void set(boolean on) {
        output.state(on ? onLevel : offLevel);
    }

    /** Whether the output is switched on now. */
    public boolean isOn() {
        return output.state() == onLevel;
    }

    /** The level that switches this output off: the level to configure as initial and shutdown state. */
    public static DigitalState offLevel(boolean activeHigh) {
        return activeHigh ? DigitalState.LOW : DigitalState.HIGH;
    }
}
