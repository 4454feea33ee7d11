package se.bricka.hw.reader.evdev;

import java.time.Duration;
import java.util.Objects;
import se.bricka.hw.reader.WedgeFormat;

/**
 * How a keyboard-wedge reader types.
 *
 * @param format what it types for a tag: hex digits of the UID, or the card number in one of the
 *     decimal settings
 * @param maxKeyGap the longest pause between two keys of one UID
 * @param sameTapWindow the same UID again within this is the same tap
 */
public record WedgeSettings(WedgeFormat format, Duration maxKeyGap, Duration sameTapWindow) {

    /** Hex, 100 ms between keys at most, repeats within 1 s are the same tap. */
    public static final WedgeSettings DEFAULT =
            new WedgeSettings(WedgeFormat.HEX, Duration.ofMillis(100), Duration.ofSeconds(1));

    /**
     * The longest pause between keys a configuration may set, in ms, at least and at most: a reader
     * types a UID within a few ms a key, a person needs far more than a second.
     */
    public static final int MAX_KEY_GAP_MIN_MS = 5;

    public static final int MAX_KEY_GAP_MAX_MS = 1_000;

    /** The same-tap window a configuration may set, in ms, at least and at most (0: every read a tap). */
    public static final int SAME_TAP_MIN_MS = 0;

    public static final int SAME_TAP_MAX_MS = 10_000;

    public WedgeSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(maxKeyGap, "maxKeyGap");
        Objects.requireNonNull(sameTapWindow, "sameTapWindow");
    }
}
