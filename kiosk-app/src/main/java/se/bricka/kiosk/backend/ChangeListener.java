package se.bricka.kiosk.backend;

import se.bricka.core.wire.ChangeEvent;

/** Receives what a {@link ChangeSubscription} hears, on the subscription's own thread. */
public interface ChangeListener {

    /** A change was pushed. */
    void changed(ChangeEvent event);

    /** The push connection was opened ({@code true}) or lost ({@code false}). */
    void connection(boolean online);
}
