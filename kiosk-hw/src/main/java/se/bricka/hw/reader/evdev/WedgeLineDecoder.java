package se.bricka.hw.reader.evdev;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import se.bricka.core.tag.TagUid;
import se.bricka.hw.reader.WedgeFormat;

/**
 * Turns a keyboard-wedge reader's key events into UIDs. The reader types the tag's number, in the
 * {@link WedgeFormat} it is set to, and then Enter, a few milliseconds per key. Pure logic: the
 * times are the kernel's, carried in each event.
 *
 * <p>Only key presses count; releases and the kernel's auto-repeat do not, and Shift is tracked so
 * that a shifted digit is not taken for a digit. A line is thrown away, and reported as {@link
 * WedgeLine.Rejected}, when a key that no UID has is pressed, when it grows longer than any UID,
 * when a pause longer than {@code maxKeyGap} cuts it, when the kernel dropped events, or when the
 * line has not the format's shape. A record the kernel would never write (an unknown type, a key value
 * other than 0, 1 or 2) is rejected too. Not thread-safe: one reader thread feeds it.
 */
final class WedgeLineDecoder {

    /** The longest UID is 10 bytes: 20 hex digits. */
    static final int LONGEST_LINE = WedgeFormat.LONGEST_LINE;

    private final long maxKeyGapMicros;
    private final WedgeFormat format;
    private final StringBuilder line = new StringBuilder(LONGEST_LINE);
    private boolean overlong;
    private boolean leftShift;
    private boolean rightShift;
    private long lastKeyMicros;

    /** A decoder for readers that type the UID's hex digits. */
    WedgeLineDecoder(Duration maxKeyGap) {
        this(maxKeyGap, WedgeFormat.HEX);
    }

    WedgeLineDecoder(Duration maxKeyGap, WedgeFormat format) {
        this.format = Objects.requireNonNull(format, "format");
        Objects.requireNonNull(maxKeyGap, "maxKeyGap");
        if (maxKeyGap.isNegative() || maxKeyGap.isZero()) {
            throw new IllegalArgumentException("the longest pause between keys must be positive, was " + maxKeyGap);
        }
        this.maxKeyGapMicros = maxKeyGap.toNanos() / 1_000;
    }

    /** Takes one event; returns a line when this event ended one, or a rejection. */
    Optional<WedgeLine> accept(InputEvent event) {
        if (event.type() > InputEvent.EV_MAX) {
            return reject("garbage record of type " + event.type());
        }
        if (event.type() == InputEvent.EV_SYN && event.code() == InputEvent.SYN_DROPPED) {
            return reject("the kernel dropped key events");
        }
        if (event.type() != InputEvent.EV_KEY) {
            return Optional.empty();
        }
        if (event.code() > KeyCodes.KEY_MAX || event.value() < 0 || event.value() > InputEvent.KEY_REPEATED) {
            return reject("garbage key record, code " + event.code() + " value " + event.value());
        }
        if (KeyCodes.isShift(event.code())) {
            shift(event.code(), event.value() != InputEvent.KEY_RELEASED);
            return Optional.empty();
        }
        if (event.value() != InputEvent.KEY_PRESSED) {
            return Optional.empty();
        }
        return pressed(event.code(), event.timeMicros());
    }

    /** Forgets the line in progress, as when the device went away in the middle of it. */
    void reset() {
        clearLine();
        leftShift = false;
        rightShift = false;
    }

    private void shift(int code, boolean down) {
        if (code == KeyCodes.KEY_LEFTSHIFT) {
            leftShift = down;
        } else {
            rightShift = down;
        }
    }

    private Optional<WedgeLine> pressed(int code, long micros) {
        Optional<WedgeLine> cut = Optional.empty();
        if (!line.isEmpty() && micros - lastKeyMicros > maxKeyGapMicros) {
            cut = reject(
                    "a pause of " + (micros - lastKeyMicros) / 1_000 + " ms cut a line of " + line.length() + " keys");
        }
        lastKeyMicros = micros;
        if (KeyCodes.isEnter(code)) {
            return cut.isPresent() ? cut : endOfLine();
        }
        Optional<Character> digit = KeyCodes.uidCharacter(code, leftShift || rightShift);
        if (digit.isEmpty()) {
            return reject("key " + code + " is no UID character");
        }
        if (overlong || line.length() >= LONGEST_LINE) {
            boolean firstTime = !overlong;
            overlong = true;
            return firstTime
                    ? Optional.of(new WedgeLine.Rejected("a line longer than " + LONGEST_LINE + " keys"))
                    : cut;
        }
        line.append(digit.get());
        return cut;
    }

    private Optional<WedgeLine> endOfLine() {
        if (overlong) {
            clearLine();
            return Optional.empty();
        }
        if (line.isEmpty()) {
            return Optional.empty();
        }
        String typed = line.toString();
        clearLine();
        Optional<TagUid> uid = format.uid(typed);
        if (uid.isPresent()) {
            return Optional.of(new WedgeLine.Uid(uid.get()));
        }
        // The line itself is not logged: it may be a real tag's number, typed in the wrong format.
        return Optional.of(new WedgeLine.Rejected(
                typed.length() + " characters are not " + format.configName() + " (" + format.shape() + ")"));
    }

    private Optional<WedgeLine> reject(String why) {
        clearLine();
        return Optional.of(new WedgeLine.Rejected(why));
    }

    private void clearLine() {
        line.setLength(0);
        overlong = false;
    }
}
