package se.bricka.hw.reader;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import se.bricka.core.tag.TagUid;

/**
 * For readers that send a tag's UID again and again while it stays in the field (Wiegand readers,
 * many keyboard-wedge readers): the same UID again within the window is the same tap. Thread-safe.
 */
public final class SameTapFilter {

    private final Duration window;
    private TagUid lastUid;
    private Instant lastAt = Instant.MIN;

    public SameTapFilter(Duration window) {
        Objects.requireNonNull(window, "window");
        if (window.isNegative()) {
            throw new IllegalArgumentException("the same-tap window must not be negative, was " + window);
        }
        this.window = window;
    }

    /** {@code uid} was read at {@code now}: true when it is a new tap, false for a repeat. */
    public synchronized boolean isNewTap(TagUid uid, Instant now) {
        boolean repeat = uid.equals(lastUid) && now.isBefore(lastAt.plus(window));
        lastUid = uid;
        lastAt = now;
        return !repeat;
    }
}
