package se.bricka.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Background;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.bricka.core.booking.SlotState;
import se.bricka.core.booking.SlotTemplate;
import se.bricka.core.booking.SlotTime;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.view.BoardView;
import se.bricka.kiosk.booking.view.WeekGrid;
import se.bricka.kiosk.i18n.Texts;
import se.bricka.kiosk.testing.Fx;

/** The week grid on its own: layout by day and time, CSS sizing, and what a touch reports. */
class WeekGridTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private Stage stage;

    @BeforeAll
    static void toolkit() {
        Fx.startToolkit();
    }

    @AfterEach
    void close() {
        Fx.run(stage::close);
    }

    @Test
    void the_touch_size_comes_from_the_style_sheet() {
        // given
        WeekGrid grid = show("-touch-min: 100px;");

        // when
        Button cell = Fx.call(() -> (Button) grid.lookup("#slot-2026-11-25-1000"));

        // then
        assertThat(grid.getTouchMin()).isEqualTo(100);
        assertThat(cell.getHeight()).isGreaterThanOrEqualTo(100);
        assertThat(cell.getWidth()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void each_slot_sits_in_its_days_column_and_its_times_row() {
        // given
        WeekGrid grid = show("");

        // when
        Button mondayMorning = Fx.call(() -> (Button) grid.lookup("#slot-2026-11-23-0700"));
        Button sundayEvening = Fx.call(() -> (Button) grid.lookup("#slot-2026-11-29-1900"));

        // then
        assertThat(mondayMorning.getLayoutX()).isLessThan(sundayEvening.getLayoutX());
        assertThat(mondayMorning.getLayoutY()).isLessThan(sundayEvening.getLayoutY());
        assertThat(mondayMorning.getStyleClass()).contains(WeekGrid.SLOT, WeekGrid.SLOT_PAST);
    }

    @Test
    void a_touch_on_a_slot_reports_that_slot() {
        // given
        WeekGrid grid = show("");
        AtomicReference<SlotView> touched = new AtomicReference<>();
        Fx.run(() -> grid.setOnSlotSelected(touched::set));

        // when
        Fx.run(() -> ((Button) grid.lookup("#slot-2026-11-26-1300")).fire());

        // then
        assertThat(touched.get().date()).isEqualTo(MONDAY.plusDays(3));
        assertThat(touched.get().start()).isEqualTo(LocalTime.of(13, 0));
        assertThat(touched.get().state()).isEqualTo(SlotState.FREE);
    }

    @Test
    void a_slot_that_changes_state_shows_its_new_colours_in_the_same_pulse() {
        // given
        WeekGrid grid = show("");
        List<SlotView> booked = new ArrayList<>(week());
        booked.replaceAll(
                slot -> slot.date().equals(MONDAY.plusDays(3)) && slot.start().getHour() == 13
                        ? new SlotView(slot.date(), slot.start(), slot.end(), SlotState.YOURS, null)
                        : slot);

        // when: the model changes, then one pulse runs its CSS pass and its layout pass
        Background background = Fx.call(() -> {
            grid.getSlots().setAll(booked);
            Parent root = grid.getScene().getRoot();
            root.applyCss();
            root.layout();
            return ((Button) grid.lookup("#slot-2026-11-26-1300")).getBackground();
        });

        // then: the cells change in the layout pass; the changed one is styled before the frame is drawn
        assertThat(background).as("the cell's background in this frame").isNotNull();
        assertThat(background.getFills().getFirst().getFill()).isEqualTo(Color.web("#0b3d7a"));
    }

    private WeekGrid show(String style) {
        WeekGrid grid = Fx.call(() -> {
            WeekGrid control = new WeekGrid(Texts.forLanguage("sv"));
            control.setStyle(style);
            control.weekStartProperty().set(MONDAY);
            control.getSlots().setAll(week());
            stage = new Stage();
            Scene scene = new Scene(new StackPane(control), 1280, 700);
            scene.getStylesheets().add(BoardView.STYLESHEET);
            stage.setScene(scene);
            stage.show();
            return control;
        });
        Fx.settle();
        return grid;
    }

    private static List<SlotView> week() {
        List<SlotView> slots = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            for (SlotTime time : SlotTemplate.standardLaundry().daily()) {
                SlotState state = day < 2 ? SlotState.PAST : SlotState.FREE;
                slots.add(new SlotView(MONDAY.plusDays(day), time.start(), time.end(), state, null));
            }
        }
        return slots;
    }
}
