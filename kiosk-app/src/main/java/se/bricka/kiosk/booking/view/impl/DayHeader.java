package se.bricka.kiosk.booking.view.impl;

import java.time.LocalDate;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.booking.view.WeekGrid;
import se.bricka.kiosk.i18n.Texts;

/** The heading of a day's column: weekday and date, or "today" where the date would be. */
final class DayHeader extends VBox {

    private final Label weekday = new Label();
    private final Label dayDate = new Label();
    private LocalDate shownDate;
    private boolean shownToday;

    DayHeader() {
        weekday.getStyleClass().add("day-name");
        dayDate.getStyleClass().add("day-date");
        getChildren().addAll(weekday, dayDate);
        getStyleClass().add(WeekGrid.DAY_HEADER);
        setAlignment(Pos.CENTER);
        setMaxWidth(Double.MAX_VALUE);
    }

    /** Shows {@code date}; returns whether the header's style changed (it became or stopped being today). */
    boolean show(LocalDate date, boolean today, Texts texts) {
        if (date.equals(shownDate) && today == shownToday) {
            return false;
        }
        boolean restyled = shownDate == null || today != shownToday;
        shownDate = date;
        shownToday = today;
        weekday.setText(texts.capitalized(texts.date("week.day.pattern", date)));
        // Today's column says so where the date would be: two lines like every other day.
        dayDate.setText(today ? texts.get("week.today") : texts.date("week.date.pattern", date));
        if (today) {
            if (!getStyleClass().contains(WeekGrid.TODAY)) {
                getStyleClass().add(WeekGrid.TODAY);
            }
        } else {
            getStyleClass().remove(WeekGrid.TODAY);
        }
        return restyled;
    }
}
