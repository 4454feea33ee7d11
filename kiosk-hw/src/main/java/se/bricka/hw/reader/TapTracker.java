package se.bricka.hw.reader;

import java.util.Optional;
import se.bricka.core.tag.TagUid;

/**
 * Turns what a polling reader sees on each cycle into taps: a tag held on the reader is one tap, a
 * tag lifted and laid down again is a second. A tag counts as lifted only after it has been missing
 * for a number of cycles in a row, because a card at the edge of the field misses a cycle now and
 * then. A cycle that could not tell (a damaged frame, a silent chip) changes nothing. Not
 * thread-safe: one reader thread feeds it.
 */
public final class TapTracker {

    private final int missesBeforeLifted;
    private TagUid current;
    private int misses;

    /** @param missesBeforeLifted cycles without the tag before it counts as lifted, at least 1 */
    public TapTracker(int missesBeforeLifted) {
        if (missesBeforeLifted < 1) {
            throw new IllegalArgumentException("misses before lifted must be at least 1, was " + missesBeforeLifted);
        }
        this.missesBeforeLifted = missesBeforeLifted;
    }

    /** A cycle saw {@code uid}; returns it when this is a new tap. */
    public Optional<TagUid> seen(TagUid uid) {
        misses = 0;
        if (uid.equals(current)) {
            return Optional.empty();
        }
        current = uid;
        return Optional.of(uid);
    }

    /** A cycle saw clearly that no tag is there. */
    public void empty() {
        if (current != null && ++misses >= missesBeforeLifted) {
            current = null;
            misses = 0;
        }
    }
}
