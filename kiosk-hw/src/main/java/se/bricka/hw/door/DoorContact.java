package se.bricka.hw.door;

import java.util.function.Consumer;

/** The switch in the door frame that tells whether the door stands open. */
public interface DoorContact extends AutoCloseable {

    /** Whether the door stands open now. */
    boolean isOpen();

    /** Calls {@code listener} with {@code true} when the door opens and {@code false} when it closes. */
    void onChange(Consumer<Boolean> listener);

    @Override
    void close();
}
