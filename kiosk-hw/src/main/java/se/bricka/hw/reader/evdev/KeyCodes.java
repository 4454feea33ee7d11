package se.bricka.hw.reader.evdev;

import java.util.Map;
import java.util.Optional;

/**
 * The Linux key codes ({@code linux/input-event-codes.h}) a keyboard-wedge reader types: digits on
 * the main row and the keypad, the letters A–F of hexadecimal UIDs, the comma some readers type
 * between facility and card number, Enter and Shift.
 */
final class KeyCodes {

    static final int KEY_ENTER = 28;
    static final int KEY_KPENTER = 96;
    static final int KEY_LEFTSHIFT = 42;
    static final int KEY_RIGHTSHIFT = 54;
    static final int KEY_COMMA = 51;

    /** The highest key code the kernel defines ({@code KEY_MAX}). */
    static final int KEY_MAX = 0x2ff;

    private static final Map<Integer, Character> HEX_DIGITS = Map.ofEntries(
            Map.entry(2, '1'),
            Map.entry(3, '2'),
            Map.entry(4, '3'),
            Map.entry(5, '4'),
            Map.entry(6, '5'),
            Map.entry(7, '6'),
            Map.entry(8, '7'),
            Map.entry(9, '8'),
            Map.entry(10, '9'),
            Map.entry(11, '0'),
            Map.entry(30, 'A'),
            Map.entry(48, 'B'),
            Map.entry(46, 'C'),
            Map.entry(32, 'D'),
            Map.entry(18, 'E'),
            Map.entry(33, 'F'));

    private static final Map<Integer, Character> KEYPAD_DIGITS =
            Map.of(82, '0', 79, '1', 80, '2', 81, '3', 75, '4', 76, '5', 77, '6', 71, '7', 72, '8', 73, '9');

    /** The letter keys A–F, which Shift leaves hex digits. */
    private static final String LETTERS = "ABCDEF";

    private KeyCodes() {}

    /**
     * The character {@code code} types, with Shift held or not: a hex digit or a comma. Empty for any
     * other key, and for a shifted main-row digit or comma (those type {@code !}, {@code "}, {@code <},
     * … and are no UID characters).
     */
    static Optional<Character> uidCharacter(int code, boolean shift) {
        Character keypad = KEYPAD_DIGITS.get(code);
        if (keypad != null) {
            return Optional.of(keypad);
        }
        if (code == KEY_COMMA) {
            return shift ? Optional.empty() : Optional.of(',');
        }
        Character digit = HEX_DIGITS.get(code);
        if (digit == null || (shift && LETTERS.indexOf(digit) < 0)) {
            return Optional.empty();
        }
        return Optional.of(digit);
    }

    static boolean isEnter(int code) {
        return code == KEY_ENTER || code == KEY_KPENTER;
    }

    static boolean isShift(int code) {
        return code == KEY_LEFTSHIFT || code == KEY_RIGHTSHIFT;
    }
}
