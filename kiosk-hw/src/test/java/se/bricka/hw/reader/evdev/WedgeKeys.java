package se.bricka.hw.reader.evdev;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes what a keyboard-wedge reader's input device hands out, byte for byte: {@code input_event}
 * records for each key press and release, Shift around letters as a US-layout reader sends them,
 * {@code MSC_SCAN} and {@code SYN_REPORT} after each, and a clock that moves {@link #keyMicros} per
 * key.
 */
final class WedgeKeys {

    static final int KEY_Q = 16;
    static final int KEY_SPACE = 57;

    private static final Map<Character, Integer> CODES = Map.ofEntries(
            Map.entry('1', 2),
            Map.entry('2', 3),
            Map.entry('3', 4),
            Map.entry('4', 5),
            Map.entry('5', 6),
            Map.entry('6', 7),
            Map.entry('7', 8),
            Map.entry('8', 9),
            Map.entry('9', 10),
            Map.entry('0', 11),
            Map.entry('A', 30),
            Map.entry('B', 48),
            Map.entry('C', 46),
            Map.entry('D', 32),
            Map.entry('E', 18),
            Map.entry('F', 33));

    private final List<InputEvent> events = new ArrayList<>();
    private long micros = 1_700_000_000_000_000L;
    private long keyMicros = 2_000;

    /** Keys come this many microseconds apart from now on. */
    WedgeKeys everyMicros(long gap) {
        keyMicros = gap;
        return this;
    }

    /** Types {@code text} (hex digits) and Enter. */
    WedgeKeys line(String text) {
        return typed(text).enter();
    }

    /** Types {@code text}, hex digits only, upper-case letters with Shift held. */
    WedgeKeys typed(String text) {
        for (char character : text.toCharArray()) {
            boolean letter = Character.isLetter(character);
            if (letter) {
                event(InputEvent.EV_KEY, KeyCodes.KEY_LEFTSHIFT, InputEvent.KEY_PRESSED);
            }
            key(CODES.get(character));
            if (letter) {
                event(InputEvent.EV_KEY, KeyCodes.KEY_LEFTSHIFT, InputEvent.KEY_RELEASED);
            }
        }
        return this;
    }

    WedgeKeys enter() {
        return key(KeyCodes.KEY_ENTER);
    }

    /** Presses and releases {@code code}, as one report each. */
    WedgeKeys key(int code) {
        micros += keyMicros;
        event(InputEvent.EV_MSC, 4, 0x70000 + code);
        event(InputEvent.EV_KEY, code, InputEvent.KEY_PRESSED);
        event(InputEvent.EV_SYN, 0, 0);
        event(InputEvent.EV_KEY, code, InputEvent.KEY_RELEASED);
        event(InputEvent.EV_SYN, 0, 0);
        return this;
    }

    /** The clock jumps {@code gap} microseconds without a key. */
    WedgeKeys pause(long gap) {
        micros += gap;
        return this;
    }

    /** Any record, at the current time. */
    WedgeKeys event(int type, int code, int value) {
        events.add(new InputEvent(micros / 1_000_000L, micros % 1_000_000L, type, code, value));
        return this;
    }

    List<InputEvent> events() {
        return List.copyOf(events);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (InputEvent event : events) {
            out.writeBytes(event.toBytes());
        }
        return out.toByteArray();
    }
}
