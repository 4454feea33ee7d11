package se.bricka.kiosk.booking.view.impl;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javafx.beans.InvalidationListener;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import se.bricka.core.booking.SlotState;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.view.WeekGrid;
import se.bricka.kiosk.i18n.Texts;

/**
 * The look of {@link WeekGrid}: a header row of days, then one row per daily slot time. Each slot is
 * a button showing its time, an icon and its state in words; colours come from the style sheet.
 * The day headers and slot cells are made once and reused for every week and household shown, so a
 * tap changes words and style classes rather than building (and styling) a new scene graph.
 */
public class WeekGridSkin extends SkinBase<WeekGrid> {

    private static final int DAYS = 7;

    private final GridPane grid = new GridPane();
    private final List<DayHeader> headers = new ArrayList<>();
    private final List<SlotCell> cells = new ArrayList<>();
    private final Map<TimeSpan, String> timeTexts = new HashMap<>();
    private final Map<SlotState, String> stateTexts = new EnumMap<>(SlotState.class);
    private final InvalidationListener rebuild = observable -> stale();
    private final InvalidationListener bookingOpen = observable -> showBookingOpen();
    private boolean stale = true;

    /** The skin of {@code control}; it redraws when the slots, the week or today change. */
    public WeekGridSkin(WeekGrid control) {
        super(control);
        grid.getStyleClass().add("week-grid-body");
        getChildren().add(grid);
        for (int day = 0; day < DAYS; day++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / DAYS);
            column.setHalignment(HPos.CENTER);
            grid.getColumnConstraints().add(column);
            DayHeader header = new DayHeader();
            headers.add(header);
            grid.add(header, day, 0);
        }
        RowConstraints headerRow = new RowConstraints();
        headerRow.setVgrow(Priority.NEVER);
        grid.getRowConstraints().add(headerRow);
        control.getSlots().addListener(rebuild);
        control.weekStartProperty().addListener(rebuild);
        control.todayProperty().addListener(rebuild);
        control.touchMinProperty().addListener(rebuild);
        control.bookingOpenProperty().addListener(bookingOpen);
    }

    /**
     * Several changes arrive together (week, slots, today): the cells are updated once, at the next
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
            // The cells change in the layout pass, after this pulse's CSS pass: the few whose style
            // changed get their CSS now, so the frame shows them right. CSS for the whole grid would
            // restyle every node of it (some 270) on every tap.
            update().forEach(Node::applyCss);
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
        control.bookingOpenProperty().removeListener(bookingOpen);
        super.dispose();
    }

    /** Shows the control's week in the cells; returns the nodes whose style changed. */
    private List<Node> update() {
        WeekGrid control = getSkinnable();
        LocalDate monday = control.weekStartProperty().get();
        grid.setVisible(monday != null);
        List<Node> restyled = new ArrayList<>();
        if (monday == null) {
            return restyled;
        }
        List<LocalTime> times = new ArrayList<>(
                new TreeSet<>(control.getSlots().stream().map(SlotView::start).toList()));
        sizeRows(times.size(), control.getTouchMin());
        LocalDate today = control.todayProperty().get();
        for (int day = 0; day < DAYS; day++) {
            LocalDate date = monday.plusDays(day);
            DayHeader header = headers.get(day);
            if (header.show(date, date.equals(today), control.getTexts())) {
                restyled.add(header);
            }
        }
        int used = 0;
        for (SlotView slot : control.getSlots()) {
            int column = (int) (slot.date().toEpochDay() - monday.toEpochDay());
            if (column >= 0 && column < DAYS) {
                SlotCell cell = cell(used++);
                place(cell, column, times.indexOf(slot.start()) + 1);
                if (show(cell, slot)) {
                    restyled.add(cell);
                }
            }
        }
        for (int unused = used; unused < cells.size(); unused++) {
            cells.get(unused).setVisible(false);
            cells.get(unused).setManaged(false);
        }
        return restyled;
    }

    /** Moves a cell only if it must: every move makes the grid measure all its cells again. */
    private static void place(SlotCell cell, int column, int row) {
        Integer shownColumn = GridPane.getColumnIndex(cell);
        Integer shownRow = GridPane.getRowIndex(cell);
        if (shownColumn == null || shownColumn != column || shownRow == null || shownRow != row) {
            GridPane.setConstraints(cell, column, row);
        }
    }

    /** One row per slot time below the header row, each at least a touch high. */
    private void sizeRows(int slotRows, double touchMin) {
        List<RowConstraints> rows = grid.getRowConstraints();
        while (rows.size() > slotRows + 1) {
            rows.removeLast();
        }
        while (rows.size() < slotRows + 1) {
            RowConstraints slotRow = new RowConstraints();
            slotRow.setVgrow(Priority.ALWAYS);
            slotRow.setValignment(VPos.CENTER);
            rows.add(slotRow);
        }
        for (int row = 1; row < rows.size(); row++) {
            rows.get(row).setMinHeight(touchMin);
        }
        grid.getColumnConstraints().forEach(column -> column.setMinWidth(touchMin));
    }

    private SlotCell cell(int index) {
        if (index == cells.size()) {
            SlotCell made = new SlotCell(
                    slot -> getSkinnable().onSlotSelectedProperty().get().accept(slot));
            cells.add(made);
            grid.getChildren().add(made);
        }
        SlotCell cell = cells.get(index);
        cell.setVisible(true);
        cell.setManaged(true);
        return cell;
    }

    /** Shows {@code slot} in {@code cell}; whether the cell's style changed. */
    private boolean show(SlotCell cell, SlotView slot) {
        Texts texts = getSkinnable().getTexts();
        String time = timeTexts.computeIfAbsent(
                new TimeSpan(slot.start(), slot.end()),
                span -> texts.format(
                        "slot.time",
                        texts.date("slot.time.pattern", span.start()),
                        texts.date("slot.time.pattern", span.end())));
        String state = stateTexts.computeIfAbsent(slot.state(), s -> texts.get(stateKey(s)));
        boolean restyled =
                cell.show(slot, time, state, texts.format("slot.accessible", texts.day(slot.date()), time, state));
        double touchMin = getSkinnable().getTouchMin();
        cell.setMinSize(touchMin, touchMin);
        return cell.bookingOpen(getSkinnable().isBookingOpen()) || restyled;
    }

    private void showBookingOpen() {
        boolean open = getSkinnable().isBookingOpen();
        cells.stream().filter(cell -> cell.slot() != null).forEach(cell -> cell.bookingOpen(open));
    }

    /** The text key of a state: {@code slot.state.free}, {@code slot.state.taken}, … */
    private static String stateKey(SlotState state) {
        return "slot.state." + state.name().toLowerCase(Locale.ROOT);
    }

    private record TimeSpan(LocalTime start, LocalTime end) {}
}
