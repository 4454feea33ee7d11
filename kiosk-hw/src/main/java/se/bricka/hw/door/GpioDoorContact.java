package se.bricka.hw.door;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A door contact on a GPIO input. Which level means "open" is a setting: a normally-closed reed
 * contact to ground with a pull-up reads high when the door opens, and also when a wire is cut,
 * which is why it is the safer wiring.
 */
public final class GpioDoorContact implements DoorContact {

    private final DigitalInput input;
    private final DigitalState openLevel;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final DigitalStateChangeListener edges;

    /** A contact on {@code input} that reads {@code openLevel} while the door is open. */
    public GpioDoorContact(DigitalInput input, DigitalState openLevel) {
        this.input = Objects.requireNonNull(input, "input");
        this.openLevel = Objects.requireNonNull(openLevel, "openLevel");
        this.edges = event -> {
            boolean open = event.state() == openLevel;
            listeners.forEach(listener -> listener.accept(open));
        };
        input.addListener(edges);
    }

    @Override
    public boolean isOpen() {
        return input.state() == openLevel;
    }

    @Override
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        input.removeListener(edges);
        listeners.clear();
    }
}
