package se.bricka.hw.door;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** A door contact with no hardware: {@link #open()} and {@link #shut()} stand for the door moving. */
public final class SimulatedDoorContact implements DoorContact {

    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean open;

    public void open() {
        move(true);
    }

    public void shut() {
        move(false);
    }

    private void move(boolean nowOpen) {
        if (open != nowOpen) {
            open = nowOpen;
            listeners.forEach(listener -> listener.accept(nowOpen));
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void onChange(Consumer<Boolean> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
