package se.bricka.kiosk.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.TagRead;
import se.bricka.hw.reader.TagReader;

/**
 * A USB reader that acts as a keyboard: it "types" the tag's UID as hex digits and then Enter, all
 * within a few milliseconds. Keystrokes arrive through {@link #typed(char)} and {@link #enter()}
 * (from {@link WedgeKeyFilter}); a pause longer than {@code maxGap} between two keys starts over, so
 * that a person typing on a keyboard is never taken for a reader.
 */
public final class KeyboardWedgeReader implements TagReader {

    /** A reader types a UID in well under this between keys; people do not. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(60);

    private static final Logger LOG = LoggerFactory.getLogger(KeyboardWedgeReader.class);
    private static final int LONGEST_UID_DIGITS = 20;

    private final String id;
    private final Clock clock;
    private final Duration maxGap;
    private final StringBuilder digits = new StringBuilder();
    private Instant lastKey = Instant.MIN;
    private volatile Consumer<TagRead> listener;

    /** A reader named {@code id} that allows at most {@code maxGap} between a UID's keystrokes. */
    public KeyboardWedgeReader(String id, Clock clock, Duration maxGap) {
        this.id = Objects.requireNonNull(id, "id");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxGap = Objects.requireNonNull(maxGap, "maxGap");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void start(Consumer<TagRead> tapListener) {
        this.listener = Objects.requireNonNull(tapListener, "tapListener");
    }

    /** Whether {@code character} is one a wedge reader types as part of a UID. */
    public static boolean isUidCharacter(char character) {
        return Character.digit(character, 16) >= 0 && character < 128;
    }

    /** A hex digit was typed. */
    public synchronized void typed(char character) {
        if (!isUidCharacter(character)) {
            digits.setLength(0);
            return;
        }
        Instant now = clock.instant();
        if (tooSlow(now) || digits.length() >= LONGEST_UID_DIGITS) {
            digits.setLength(0);
        }
        digits.append(character);
        lastKey = now;
    }

    /** Enter was typed: the digits so far are a UID, if they came fast enough and have a UID's length. */
    public void enter() {
        String uid;
        Instant now = clock.instant();
        synchronized (this) {
            uid = tooSlow(now) ? "" : digits.toString();
            digits.setLength(0);
            lastKey = Instant.MIN;
        }
        if (uid.isEmpty()) {
            return;
        }
        Consumer<TagRead> current = listener;
        try {
            TagUid tag = new TagUid(uid);
            if (current != null) {
                current.accept(new TagRead(tag, id, now));
            }
        } catch (IllegalArgumentException e) {
            LOG.info("ignored {} typed characters that are no tag UID", uid.length());
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
