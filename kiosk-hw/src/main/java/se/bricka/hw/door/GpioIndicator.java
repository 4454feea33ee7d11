package se.bricka.hw.door;

import java.util.Objects;
import se.bricka.hw.time.Scheduler;

/** An indicator of a green LED, a red LED and a buzzer, each on a GPIO output. */
public final class GpioIndicator extends PatternIndicator {

    private final GpioSwitch green;
    private final GpioSwitch red;
    private final GpioSwitch buzzer;

    /** An indicator on three switched outputs; patterns are timed on {@code scheduler}. */
    public GpioIndicator(GpioSwitch green, GpioSwitch red, GpioSwitch buzzer, Scheduler scheduler) {
        super(scheduler);
        this.green = Objects.requireNonNull(green, "green");
        this.red = Objects.requireNonNull(red, "red");
        this.buzzer = Objects.requireNonNull(buzzer, "buzzer");
        show(Lamps.DARK);
    }

    @Override
    protected void show(Lamps lamps) {
        green.set(lamps.green());
        red.set(lamps.red());
        buzzer.set(lamps.buzzer());
    }
}
