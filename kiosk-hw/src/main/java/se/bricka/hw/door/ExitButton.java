package se.bricka.hw.door;

/** The request-to-exit button on the inside of a door. */
public interface ExitButton extends AutoCloseable {

    /** Calls {@code listener} each time the button is pressed. */
    void onPress(Runnable listener);

    @Override
    void close();
}
