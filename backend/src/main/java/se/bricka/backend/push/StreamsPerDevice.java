package se.bricka.backend.push;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Caps the event streams one device holds open to this node: a board or door controller needs one,
 * and a few more cover reconnects while a dead connection is not yet noticed. A stolen token cannot
 * tie up the node with thousands.
 */
final class StreamsPerDevice {

    private final int limit;
    private final Map<Long, Integer> open = new ConcurrentHashMap<>();

    StreamsPerDevice(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a device must be allowed one stream at least, was " + limit);
        }
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** A place for one more stream of {@code deviceId}, or empty when it holds the most it may. */
    Optional<Place> take(long deviceId) {
        boolean[] taken = {false};
        open.compute(deviceId, (id, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limit) {
                return count;
            }
            taken[0] = true;
            return now + 1;
        });
        return taken[0] ? Optional.of(new Place(deviceId)) : Optional.empty();
    }

    /** How many streams {@code deviceId} holds open. */
    int openBy(long deviceId) {
        return open.getOrDefault(deviceId, 0);
    }

    /** One stream's place; giving it back more than once gives it back once. */
    final class Place {

        private final long deviceId;
        private final AtomicBoolean given = new AtomicBoolean();

        private Place(long deviceId) {
            this.deviceId = deviceId;
        }

        void giveBack() {
            if (given.compareAndSet(false, true)) {
                open.computeIfPresent(deviceId, (id, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
