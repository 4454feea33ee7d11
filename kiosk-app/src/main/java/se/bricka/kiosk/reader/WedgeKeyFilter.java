package se.bricka.kiosk.reader;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A scene-level filter that hands a keyboard-wedge reader's keystrokes (hex digits, the comma of the
 * formats that have one, and Enter) to the {@link KeyboardWedgeReader} and consumes them, so that
 * they never reach a button or a field: an Enter from the reader must not press whatever button has
 * the focus.
 */
public final class WedgeKeyFilter implements EventHandler<KeyEvent> {

    private final KeyboardWedgeReader reader;

    private WedgeKeyFilter(KeyboardWedgeReader reader) {
        this.reader = reader;
    }

    /** Installs the filter on {@code scene}, feeding {@code reader}. */
    public static WedgeKeyFilter install(Scene scene, KeyboardWedgeReader reader) {
        WedgeKeyFilter filter = of(reader);
        scene.addEventFilter(KeyEvent.ANY, filter);
        return filter;
    }

    /** A filter feeding {@code reader}, not yet installed anywhere. */
    public static WedgeKeyFilter of(KeyboardWedgeReader reader) {
        return new WedgeKeyFilter(reader);
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.getEventType() == KeyEvent.KEY_TYPED) {
            String typed = event.getCharacter();
            if (typed.length() == 1 && reader.takes(typed.charAt(0))) {
                reader.typed(typed.charAt(0));
                event.consume();
            } else if ("\r".equals(typed) || "\n".equals(typed)) {
                event.consume();
            }
            return;
        }
        KeyCode code = event.getCode();
        if (code == KeyCode.ENTER) {
            if (event.getEventType() == KeyEvent.KEY_PRESSED) {
                reader.enter();
            }
            event.consume();
        } else if (code.isDigitKey() || isHexLetter(code) || (code == KeyCode.COMMA && reader.takesComma())) {
            event.consume();
        }
    }

    private static boolean isHexLetter(KeyCode code) {
        return code.isLetterKey()
                && code.getName().length() == 1
                && code.getName().charAt(0) <= 'F';
    }
}
