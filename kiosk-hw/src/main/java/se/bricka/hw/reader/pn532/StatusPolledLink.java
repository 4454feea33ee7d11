package se.bricka.hw.reader.pn532;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import se.bricka.hw.time.Sleeper;

/**
 * A link on which the host asks the PN532 whether it has something to send (the RDY bit of the
 * status byte, SPI and I2C) and then clocks out a fixed number of bytes, of which the frame is the
 * first part.
 */
abstract class StatusPolledLink implements Pn532Link {

    private static final Duration WAIT_STEP = Duration.ofMillis(1);

    private final Sleeper sleeper;

    StatusPolledLink(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Whether the PN532 has something to send (its RDY status bit). */
    abstract boolean ready();

    /** Reads {@code length} bytes of what the PN532 sends. */
    abstract byte[] read(int length);

    @Override
    public final Optional<Pn532Message> receive(int length, Duration timeout) {
        Duration waited = Duration.ZERO;
        while (!ready()) {
            if (waited.compareTo(timeout) >= 0) {
                return Optional.empty();
            }
            try {
                sleeper.sleep(WAIT_STEP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            waited = waited.plus(WAIT_STEP);
        }
        return Optional.of(Pn532Frames.decode(read(length)));
    }
}
