package se.bricka.kiosk.maintenance.view;

import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;

/**
 * A caretaker's on/off choice: a toggle whose mark is an empty box when off and a tick when on, so
 * the state shows by shape as well as by the button's colour (caretaker.css, {@code .choice-mark}).
 */
final class Choice {

    static final String STYLE = "maintenance-choice";
    static final String MARK = "choice-mark";

    private Choice() {}

    static ToggleButton of(String text, String id) {
        ToggleButton choice = new ToggleButton(text);
        choice.setId(id);
        choice.getStyleClass().add(STYLE);
        Region mark = new Region();
        mark.getStyleClass().add(MARK);
        choice.setGraphic(mark);
        return choice;
    }
}
