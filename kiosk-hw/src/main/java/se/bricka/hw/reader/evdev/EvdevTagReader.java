package se.bricka.hw.reader.evdev;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.hw.reader.HealthMonitor;
import se.bricka.hw.reader.ReaderHealth;
import se.bricka.hw.reader.SameTapFilter;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.TapSink;
import se.bricka.hw.time.Sleeper;

/**
 * A USB keyboard-wedge reader read straight from its Linux input device ({@code
 * /dev/input/by-id/usb-…-event-kbd}), grabbed so that its keystrokes reach nothing else: not the
 * desktop, not the board's buttons. The reader types a UID and Enter; {@link WedgeLineDecoder} makes
 * a UID of it, in the reader's {@link se.bricka.hw.reader.WedgeFormat}.
 *
 * <p>On its own thread the reader looks the device up ({@link DeviceLocator}: a fixed path, or a
 * name pattern), opens and grabs it, reads until the device goes away, and then looks it up and
 * opens it again after a back-off that doubles from {@link #FIRST_RETRY} to {@link #LAST_RETRY}; so
 * a reader unplugged, plugged into another port or plugged in only after start is read within
 * seconds. A device that cannot be found or opened is {@code NOT_ANSWERING}; one that another
 * program holds, or a pattern that matches several devices, is {@code FAULTY} and nothing is read,
 * so that keys can still reach the board's in-window fallback rather than be read twice. The grab
 * is released on {@link #close()}.
 */
public final class EvdevTagReader implements TagReader {

    /** Readers type a key every few milliseconds; a person cannot keep this pace. */
    public static final Duration DEFAULT_MAX_KEY_GAP = Duration.ofMillis(100);

    /** Many readers type the UID again while the tag stays on them: within this, the same tap. */
    public static final Duration DEFAULT_SAME_TAP_WINDOW = Duration.ofSeconds(1);

    static final Duration FIRST_RETRY = Duration.ofMillis(100);
    static final Duration LAST_RETRY = Duration.ofSeconds(5);

    /** How often the thread looks up from a quiet device to see whether it was closed. */
    private static final Duration AWAIT = Duration.ofMillis(200);

    private static final Logger LOG = LoggerFactory.getLogger(EvdevTagReader.class);
    private static final int FAULTY_LINES_BEFORE_FAULT = 5;

    private final String id;
    private final DeviceLocator locator;
    private final InputDevice.Opener opener;
    private final WedgeLineDecoder decoder;
    private final SameTapFilter sameTap;
    private final Clock clock;
    private final Sleeper sleeper;
    private final HealthMonitor health;
    private final InputEventStream events = new InputEventStream();
    private final Thread thread;
    private final TapSink taps;
    private volatile boolean closed;

    /**
     * A reader that types hex digits, on a fixed device path.
     *
     * @param device the input device, best a stable {@code /dev/input/by-id/…} link
     * @param maxKeyGap the longest pause between two keys of one UID
     * @param sameTapWindow the same UID again within this is the same tap
     */
    public EvdevTagReader(
            String id,
            Path device,
            InputDevice.Opener opener,
            Duration maxKeyGap,
            Duration sameTapWindow,
            Clock clock,
            Sleeper sleeper) {
        this(
                id,
                new DeviceLocator.Fixed(device),
                opener,
                new WedgeSettings(WedgeSettings.DEFAULT.format(), maxKeyGap, sameTapWindow),
                clock,
                sleeper);
    }

    /**
     * @param locator where the input device is: a fixed path or a name pattern, looked up before
     *     every open
     * @param settings what the reader types and how fast
     */
    public EvdevTagReader(
            String id,
            DeviceLocator locator,
            InputDevice.Opener opener,
            WedgeSettings settings,
            Clock clock,
            Sleeper sleeper) {
        this.id = Objects.requireNonNull(id, "id");
        this.locator = Objects.requireNonNull(locator, "locator");
        this.opener = Objects.requireNonNull(opener, "opener");
        this.decoder = new WedgeLineDecoder(settings.maxKeyGap(), settings.format());
        this.sameTap = new SameTapFilter(settings.sameTapWindow());
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.health = new HealthMonitor(id, FAULTY_LINES_BEFORE_FAULT);
        this.taps = new TapSink(id, health);
        this.thread = new Thread(this::run, "reader-" + id);
        this.thread.setDaemon(true);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public synchronized void start(Consumer<TagRead> tapListener) {
        if (closed) {
            throw new IllegalStateException("reader " + id + " is closed");
        }
        taps.attach(tapListener);
        thread.start();
    }

    @Override
    public ReaderHealth health() {
        return health.health();
    }

    private void run() {
        Duration retry = FIRST_RETRY;
        while (!closed) {
            if (safeSession()) {
                retry = FIRST_RETRY;
            }
            if (closed) {
                return;
            }
            try {
                sleeper.sleep(retry);
            } catch (InterruptedException e) {
                return;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private boolean safeSession() {
        try {
            return session();
        } catch (RuntimeException e) {
            // Nothing may end the reader's thread but a close: a bug here must look like a fault.
            LOG.error("reader {} failed reading {}", id, locator.describe(), e);
            health.faulty("reading " + locator.describe() + " failed: " + e);
            return false;
        }
    }

    /** Finds the device, then reads it until it goes away or the reader closes; true if it was read. */
    private boolean session() {
        return switch (locator.find()) {
            case DeviceLocator.Lookup.Found found -> session(found.path());
            case DeviceLocator.Lookup.Missing missing -> {
                health.silent(missing.why());
                yield false;
            }
            case DeviceLocator.Lookup.Ambiguous ambiguous -> {
                health.faulty(ambiguous.paths().size() + " devices match " + locator.describe() + ", so none is read: "
                        + ambiguous.paths());
                yield false;
            }
        };
    }

    /** Opens, grabs and reads {@code device} until it goes away or the reader closes; true if it was read. */
    private boolean session(Path device) {
        InputDevice input;
        try {
            input = opener.open(device);
        } catch (IOException e) {
            health.silent("cannot open " + device + ": " + e.getMessage());
            return false;
        }
        try (input) {
            try {
                input.grab();
            } catch (IOException e) {
                health.faulty("cannot take " + device + " for this program alone: " + e.getMessage());
                return false;
            }
            health.answered();
            LOG.info("reader {} reads {}, grabbed", id, device);
            try {
                readUntilGone(input, device);
            } finally {
                release(input);
            }
            return true;
        } catch (IOException e) {
            health.silent("reading " + device + " failed: " + e.getMessage());
            return true;
        } finally {
            decoder.reset();
            int partial = events.dropPartial();
            if (partial > 0) {
                health.faultyFrame("a record cut short after " + partial + " of " + InputEvent.BYTES + " bytes");
            }
        }
    }

    private void readUntilGone(InputDevice input, Path device) throws IOException {
        byte[] buffer = new byte[InputEvent.BYTES * 64];
        while (!closed) {
            if (!input.await(AWAIT)) {
                continue;
            }
            int count = input.read(buffer);
            if (count < 0) {
                health.silent(device + " went away");
                return;
            }
            for (InputEvent event : events.feed(buffer, count)) {
                decoder.accept(event).ifPresent(this::handle);
            }
        }
    }

    private void release(InputDevice input) {
        try {
            input.release();
        } catch (IOException e) {
            // A device that was unplugged cannot be released, and needs not be.
            LOG.debug("reader {} could not release its device", id, e);
        }
    }

    private void handle(WedgeLine line) {
        switch (line) {
            case WedgeLine.Uid uid -> {
                health.answered();
                TagRead read = new TagRead(uid.uid(), id, clock.instant());
                if (sameTap.isNewTap(read.uid(), read.at())) {
                    taps.deliver(read);
                }
            }
            case WedgeLine.Rejected rejected -> health.faultyFrame(rejected.why());
        }
    }

    /** Stops reading, releases the grab and closes the device; waits for the reader's thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join(AWAIT.multipliedBy(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
