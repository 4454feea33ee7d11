package se.bricka.kiosk.maintenance.view;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import se.bricka.kiosk.i18n.Texts;

/** A pad of big digit keys with "erase" and a confirming key, as on the PIN pad and the enrollment pad. */
final class DigitKeys {

    private static final int COLUMNS = 3;

    private DigitKeys() {}

    /**
     * @param idPrefix prefix of the keys' ids: {@code <prefix>key-7}, {@code <prefix>erase}, {@code <prefix>ok}
     * @param okKey the text key of the confirming key
     */
    static GridPane of(
            Texts texts, String idPrefix, IntConsumer digit, Runnable erase, String okKey, Runnable confirm) {
        GridPane keys = new GridPane();
        keys.getStyleClass().add("maintenance-keys");
        keys.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            keys.add(digitKey(texts, idPrefix, d, digit), (d - 1) % COLUMNS, (d - 1) / COLUMNS);
        }
        Button eraseKey = key(texts.get("maintenance.pin.erase"), idPrefix + "erase");
        eraseKey.setOnAction(event -> erase.run());
        Button ok = key(texts.get(okKey), idPrefix + "ok");
        ok.getStyleClass().add("maintenance-primary");
        ok.setOnAction(event -> confirm.run());
        keys.add(eraseKey, 0, 3);
        keys.add(digitKey(texts, idPrefix, 0, digit), 1, 3);
        keys.add(ok, 2, 3);
        return keys;
    }

    private static Button digitKey(Texts texts, String idPrefix, int value, IntConsumer digit) {
        Button key = key(texts.number(value), idPrefix + "key-" + value);
        key.setOnAction(event -> digit.accept(value));
        return key;
    }

    private static Button key(String text, String id) {
        Button key = new Button(text);
        key.setId(id);
        key.getStyleClass().add("maintenance-key");
        return key;
    }
}
