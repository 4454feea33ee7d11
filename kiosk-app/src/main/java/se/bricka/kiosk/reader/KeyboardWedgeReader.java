package se.bricka.kiosk.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;
import se.bricka.hw.reader.WedgeFormat;

/**
 * A USB reader that acts as a keyboard: it "types" the tag's number and then Enter, all within a few
 * milliseconds. Keystrokes arrive through {@link #typed(char)} and {@link #enter()} (from {@link
 * WedgeKeyFilter}); a pause longer than {@code maxGap} between two keys starts over, so that a person
 * typing on a keyboard is never taken for a reader. The {@link WedgeFormat} turns the typed line into
 * the UID exactly as the grabbed evdev reader and the door controller do, so a tag read here has the
 * UID it has at a door whose reader is set alike; a line without the format's shape is no tap.
 */
public final class KeyboardWedgeReader implements TagReader {

    /** A reader types a UID in well under this between keys; people do not. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(60);

    private static final Logger LOG = LoggerFactory.getLogger(KeyboardWedgeReader.class);

    private final String id;
    private final Clock clock;
    private final Duration maxGap;
    private final WedgeFormat format;
    private final StringBuilder digits = new StringBuilder();
    /** The line ran past the longest any format reads: it is no tag, and neither is its tail. */
    private boolean overlong;

    private Instant lastKey = Instant.MIN;
    private volatile Consumer<TagRead> listener;

    /** A reader of hex UIDs named {@code id} that allows at most {@code maxGap} between keystrokes. */
    public KeyboardWedgeReader(String id, Clock clock, Duration maxGap) {
        this(id, clock, maxGap, WedgeFormat.HEX);
    }

    /** A reader named {@code id} that types in {@code format}, at most {@code maxGap} between keys. */
    public KeyboardWedgeReader(String id, Clock clock, Duration maxGap, WedgeFormat format) {
        this.id = Objects.requireNonNull(id, "id");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxGap = Objects.requireNonNull(maxGap, "maxGap");
        this.format = Objects.requireNonNull(format, "format");
    }

    /** What the reader types for a tag. */
    public WedgeFormat format() {
        return format;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void start(Consumer<TagRead> tapListener) {
        this.listener = Objects.requireNonNull(tapListener, "tapListener");
    }

    /**
     * Whether {@code character} is one a wedge reader types as part of a tag's number: a hex digit, and
     * a comma in the formats that may hold one ("facility,card"). Letters A–F belong to every format,
     * as on the evdev reader: a decimal reader that types one has its line refused, not cut short.
     */
    public boolean takes(char character) {
        return (Character.digit(character, 16) >= 0 && character < 128) || (character == ',' && takesComma());
    }

    /** Whether the format's lines may hold a comma, so that the comma key belongs to the reader. */
    public boolean takesComma() {
        return format == WedgeFormat.DECIMAL8 || format == WedgeFormat.DECIMAL5_5;
    }

    /** A character of the tag's number was typed. */
    public synchronized void typed(char character) {
        if (!takes(character)) {
            digits.setLength(0);
            overlong = false;
            return;
        }
        Instant now = clock.instant();
        if (tooSlow(now)) {
            digits.setLength(0);
            overlong = false;
        }
        if (digits.length() >= WedgeFormat.LONGEST_LINE) {
            overlong = true;
        } else {
            digits.append(character);
        }
        lastKey = now;
    }

    /** Enter was typed: the line so far is a UID, if it came fast enough and has the format's shape. */
    public void enter() {
        String line;
        Instant now = clock.instant();
        synchronized (this) {
            line = tooSlow(now) || overlong ? "" : digits.toString().toUpperCase(Locale.ROOT);
            digits.setLength(0);
            overlong = false;
            lastKey = Instant.MIN;
        }
        if (line.isEmpty()) {
            return;
        }
        Optional<TagUid> tag = format.uid(line);
        if (tag.isEmpty()) {
            // The line itself is not logged: it may be a real tag's number in another format.
            LOG.info(
                    "ignored {} typed characters that are no tag in the {} format", line.length(), format.configName());
            return;
        }
        Consumer<TagRead> current = listener;
        if (current != null) {
            current.accept(new TagRead(tag.get(), id, now));
        }
    }

    private boolean tooSlow(Instant now) {
        return !lastKey.equals(Instant.MIN) && Duration.between(lastKey, now).compareTo(maxGap) > 0;
    }

    @Override
    public void close() {
        listener = null;
    }
}
