package se.bricka.hw.door;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** An exit button with no hardware: {@link #press()} stands for a person pressing it. */
public final class SimulatedExitButton implements ExitButton {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void press() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public void onPress(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
