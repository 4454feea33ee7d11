package se.bricka.kiosk.booking.view.impl;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import se.bricka.core.booking.SlotState;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.view.WeekGrid;
import se.bricka.kiosk.i18n.Texts;

/**
 * The look of {@link WeekGrid}: a header row of days, then one row per daily slot time. Each slot is
 * a button showing its time, an icon and its state in words; colours come from the style sheet.
 */
public class WeekGridSkin extends SkinBase<WeekGrid> {

    private static final int DAYS = 7;

    private final GridPane grid = new GridPane();
    private final InvalidationListener rebuild = observable -> stale();
    private boolean stale = true;

    /** The skin of {@code control}; it redraws when the slots, the week or today change. */
    public WeekGridSkin(WeekGrid control) {
        super(control);
        grid.getStyleClass().add("week-grid-body");
        getChildren().add(grid);
        control.getSlots().addListener(rebuild);
        control.weekStartProperty().addListener(rebuild);
        control.todayProperty().addListener(rebuild);
        control.touchMinProperty().addListener(rebuild);
    }

    /**
     * Several changes arrive together (week, slots, today): the cells are built once, at the next
     * layout, and only for a grid that is on screen (each language's board holds its own grid).
     */
    private void stale() {
        stale = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (stale) {
            stale = false;
            rebuild();
            grid.applyCss();
        }
        super.layoutChildren(x, y, w, h);
    }

    @Override
    public void dispose() {
        WeekGrid control = getSkinnable();
        control.getSlots().removeListener(rebuild);
        control.weekStartProperty().removeListener(rebuild);
        control.todayProperty().removeListener(rebuild);
        control.touchMinProperty().removeListener(rebuild);
        super.dispose();
    }

    private void rebuild() {
        WeekGrid control = getSkinnable();
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        LocalDate monday = control.weekStartProperty().get();
        if (monday == null) {
            return;
        }
        List<LocalTime> times = new ArrayList<>(
                new TreeSet<>(control.getSlots().stream().map(SlotView::start).toList()));
        for (int day = 0; day < DAYS; day++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / DAYS);
            column.setHalignment(HPos.CENTER);
            column.setMinWidth(control.getTouchMin());
            grid.getColumnConstraints().add(column);
            grid.add(dayHeader(monday.plusDays(day)), day, 0);
        }
        RowConstraints headerRow = new RowConstraints();
        headerRow.setVgrow(Priority.NEVER);
        grid.getRowConstraints().add(headerRow);
        for (int row = 0; row < times.size(); row++) {
            RowConstraints slotRow = new RowConstraints();
            slotRow.setVgrow(Priority.ALWAYS);
            slotRow.setValignment(VPos.CENTER);
            slotRow.setMinHeight(control.getTouchMin());
            grid.getRowConstraints().add(slotRow);
        }
        for (SlotView slot : control.getSlots()) {
            int column = (int) (slot.date().toEpochDay() - monday.toEpochDay());
            int row = times.indexOf(slot.start());
            if (column >= 0 && column < DAYS) {
                grid.add(cell(slot), column, row + 1);
            }
        }
    }

    private VBox dayHeader(LocalDate date) {
        Texts texts = getSkinnable().getTexts();
        Label weekday = new Label(texts.capitalized(texts.date("week.day.pattern", date)));
        weekday.getStyleClass().add("day-name");
        Label dayDate = new Label(texts.date("week.date.pattern", date));
        dayDate.getStyleClass().add("day-date");
        VBox header = new VBox(weekday, dayDate);
        header.getStyleClass().add(WeekGrid.DAY_HEADER);
        if (date.equals(getSkinnable().todayProperty().get())) {
            // Today's column says so where the date would be: two lines like every other day.
            header.getStyleClass().add(WeekGrid.TODAY);
            dayDate.setText(texts.get("week.today"));
        }
        header.setAlignment(Pos.CENTER);
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }

    private Button cell(SlotView slot) {
        Texts texts = getSkinnable().getTexts();
        String time = texts.format(
                "slot.time",
                texts.date("slot.time.pattern", slot.start()),
                texts.date("slot.time.pattern", slot.end()));
        Label timeLabel = new Label(time);
        timeLabel.getStyleClass().add("slot-time");
        Region icon = new Region();
        icon.getStyleClass().addAll("icon", "slot-icon");
        // A state's shape (check, lock, hourglass) reads the same in a right-to-left layout.
        icon.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        Label stateLabel = new Label(texts.get(stateKey(slot.state())));
        stateLabel.getStyleClass().add("slot-state");
        HBox state = new HBox(icon, stateLabel);
        state.setAlignment(Pos.CENTER);
        state.getStyleClass().add("slot-state-row");
        VBox content = new VBox(timeLabel, state);
        content.setAlignment(Pos.CENTER);
        content.getStyleClass().add("slot-content");

        Button cell = new Button();
        cell.setGraphic(content);
        cell.getStyleClass().addAll(WeekGrid.SLOT, styleClass(slot.state()));
        cell.setId(WeekGrid.slotId(slot));
        cell.setUserData(slot);
        cell.setAccessibleText(texts.format("slot.accessible", texts.day(slot.date()), time, stateLabel.getText()));
        cell.setMinSize(getSkinnable().getTouchMin(), getSkinnable().getTouchMin());
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cell.setFocusTraversable(false);
        cell.setOnAction(event -> getSkinnable().onSlotSelectedProperty().get().accept(slot));
        GridPane.setFillWidth(cell, true);
        GridPane.setFillHeight(cell, true);
        return cell;
    }

    /** The text key of a state: {@code slot.state.free}, {@code slot.state.taken}, … */
    private static String stateKey(SlotState state) {
        return "slot.state." + state.name().toLowerCase(Locale.ROOT);
    }

    /** The style class of a state: {@link WeekGrid#SLOT_FREE} and its siblings, {@code slot-<state>}. */
    private static String styleClass(SlotState state) {
        return "slot-" + state.name().toLowerCase(Locale.ROOT);
    }
}
