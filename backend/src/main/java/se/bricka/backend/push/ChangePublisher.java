package se.bricka.backend.push;

import se.bricka.core.wire.ChangeEvent;

/**
 * Carries committed changes to connected devices. Called only after the change's transaction has
 * committed. This node's implementation pushes to its own SSE clients; a multi-node deployment puts a
 * PostgreSQL LISTEN/NOTIFY implementation in front that republishes on every node.
 */
public interface ChangePublisher {

    /** Hands {@code event} over for delivery; never blocks on a slow receiver. */
    void publish(ChangeEvent event);
}
