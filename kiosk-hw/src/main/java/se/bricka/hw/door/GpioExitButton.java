package se.bricka.hw.door;

import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** An exit button on a GPIO input; a press is the edge to {@code pressedLevel}. */
public final class GpioExitButton implements ExitButton {

    private final DigitalInput input;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final DigitalStateChangeListener edges;

    /** A button on {@code input} that reads {@code pressedLevel} while pressed. */
    public GpioExitButton(DigitalInput input, DigitalState pressedLevel) {
        this.input = Objects.requireNonNull(input, "input");
        Objects.requireNonNull(pressedLevel, "pressedLevel");
        this.edges = event -> {
            if (event.state() == pressedLevel) {
                listeners.forEach(Runnable::run);
            }
        };
        input.addListener(edges);
    }

    @Override
    public void onPress(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        input.removeListener(edges);
        listeners.clear();
    }
}
