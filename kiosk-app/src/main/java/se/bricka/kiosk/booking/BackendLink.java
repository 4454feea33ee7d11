package se.bricka.kiosk.booking;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.wire.DeviceBootstrap;
import se.bricka.kiosk.backend.BackendException;
import se.bricka.kiosk.backend.Backoff;
import se.bricka.kiosk.backend.BoardBackend;
import se.bricka.kiosk.backend.ChangeListener;
import se.bricka.kiosk.backend.ChangeSubscription;
import se.bricka.kiosk.fx.ActionQueue;
import se.bricka.kiosk.fx.Delays;

/**
 * Brings the board in touch with the backend: fetches the bootstrap, retrying with back-off for as
 * long as the backend cannot be reached, then subscribes to pushed changes. Runs on the action queue.
 */
final class BackendLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackendLink.class);

    private final BoardBackend backend;
    private final ActionQueue queue;
    private final Delays delays;
    private final Backoff retries =
            new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), RandomGenerator.getDefault());
    private volatile DeviceBootstrap bootstrap;
    private volatile ChangeSubscription subscription;
    private volatile boolean closed;

    BackendLink(BoardBackend backend, ActionQueue queue, Delays delays) {
        this.backend = backend;
        this.queue = queue;
        this.delays = delays;
    }

    /**
     * Starts connecting; {@code ready} runs once, on the queue, with the bootstrap, and {@code failed}
     * after each attempt that got no bootstrap.
     */
    void start(Consumer<DeviceBootstrap> ready, Consumer<BackendException> failed, ChangeListener changes) {
        queue.submit(() -> attempt(ready, failed, changes));
    }

    /** The bootstrap, once the backend has answered. */
    Optional<DeviceBootstrap> bootstrap() {
        return Optional.ofNullable(bootstrap);
    }

    private void attempt(Consumer<DeviceBootstrap> ready, Consumer<BackendException> failed, ChangeListener changes) {
        if (closed) {
            return;
        }
        try {
            bootstrap = backend.bootstrap();
        } catch (BackendException e) {
            Duration wait = retries.next();
            LOG.warn("backend not ready ({}); trying again in {} ms", e.getMessage(), wait.toMillis());
            failed.accept(e);
            delays.after(wait, () -> queue.submit(() -> attempt(ready, failed, changes)));
            return;
        }
        LOG.info("device {} started for {}", bootstrap.deviceId(), bootstrap.propertyName());
        ready.accept(bootstrap);
        subscription = backend.subscribe(changes);
    }

    @Override
    public void close() {
        closed = true;
        ChangeSubscription current = subscription;
        if (current != null) {
            current.close();
        }
    }
}
