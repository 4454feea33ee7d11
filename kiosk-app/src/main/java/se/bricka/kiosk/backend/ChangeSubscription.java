package se.bricka.kiosk.backend;

/** A running subscription to pushed changes. Closing it stops listening and reconnecting. */
public interface ChangeSubscription extends AutoCloseable {

    @Override
    void close();
}
