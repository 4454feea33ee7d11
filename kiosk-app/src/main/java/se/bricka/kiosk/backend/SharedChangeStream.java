package se.bricka.kiosk.backend;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import se.bricka.core.wire.ChangeEvent;

/**
 * One push connection shared by every part of a board that listens to changes (the booking screens,
 * the caretakers' maintenance mode): the first listener opens it, the last one to leave closes it.
 * A listener that joins an open stream is told at once whether it is connected.
 */
final class SharedChangeStream implements ChangeListener {

    private final Function<ChangeListener, ChangeSubscription> opener;
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private ChangeSubscription stream;
    private Boolean online;

    /** @param opener opens the one real stream, delivering to the listener it is given */
    SharedChangeStream(Function<ChangeListener, ChangeSubscription> opener) {
        this.opener = opener;
    }

    /** Adds a listener, opening the stream if it is the first. */
    synchronized ChangeSubscription add(ChangeListener listener) {
        listeners.add(listener);
        if (stream == null) {
            stream = opener.apply(this);
        } else if (online != null) {
            listener.connection(online);
        }
        return () -> remove(listener);
    }

    private synchronized void remove(ChangeListener listener) {
        if (listeners.remove(listener) && listeners.isEmpty() && stream != null) {
            stream.close();
            stream = null;
            online = null;
        }
    }

    @Override
    public void changed(ChangeEvent event) {
        listeners.forEach(listener -> listener.changed(event));
    }

    @Override
    public void connection(boolean isOnline) {
        synchronized (this) {
            online = isOnline;
        }
        listeners.forEach(listener -> listener.connection(isOnline));
    }
}
