package se.bricka.kiosk.booking.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.SizeConverter;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import se.bricka.core.wire.SlotView;
import se.bricka.kiosk.booking.view.impl.WeekGridSkin;
import se.bricka.kiosk.i18n.Texts;

/**
 * A week of one bookable object: days as columns, the daily slots as rows, each slot a large touch
 * target that shows its time and its state in words and with an icon, never by colour alone.
 * Styled by CSS: the style classes below, colour variables such as {@code -slot-free-color}, and the
 * size property {@code -touch-min} (the smallest side of a slot, 60px (10 mm on the panel) by default).
 */
public class WeekGrid extends Control {

    /** The style class of the grid itself. */
    public static final String STYLE_CLASS = "week-grid";
    /** A slot's cell; with one of the state classes below. */
    public static final String SLOT = "slot";

    public static final String SLOT_FREE = "slot-free";
    public static final String SLOT_TAKEN = "slot-taken";
    public static final String SLOT_YOURS = "slot-yours";
    public static final String SLOT_PAST = "slot-past";
    /** The heading of a day's column; with {@link #TODAY} on today's. */
    public static final String DAY_HEADER = "day-header";

    public static final String TODAY = "today";

    private static final double DEFAULT_TOUCH_MIN = 60;
    private static final java.time.format.DateTimeFormatter ID_TIME =
            java.time.format.DateTimeFormatter.ofPattern("HHmm", java.util.Locale.ROOT);

    /** The node id of a slot's cell, the same in every language: {@code slot-2026-11-26-1000}. */
    public static String slotId(SlotView slot) {
        return "slot-" + slot.date() + "-" + ID_TIME.format(slot.start());
    }

    private final Texts texts;
    private final ObservableList<SlotView> slots = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>(this, "weekStart");
    private final ObjectProperty<LocalDate> today = new SimpleObjectProperty<>(this, "today");
    private final BooleanProperty bookingOpen = new SimpleBooleanProperty(this, "bookingOpen", true);
    private final ObjectProperty<Consumer<SlotView>> onSlotSelected =
            new SimpleObjectProperty<>(this, "onSlotSelected", slot -> {});

    private final StyleableDoubleProperty touchMin = new StyleableDoubleProperty(DEFAULT_TOUCH_MIN) {
        @Override
        public Object getBean() {
            return WeekGrid.this;
        }

        @Override
        public String getName() {
            return "touchMin";
        }

        @Override
        public CssMetaData<WeekGrid, Number> getCssMetaData() {
            return StyleableProperties.TOUCH_MIN;
        }
    };

    /** A grid whose words come from {@code texts}. */
    public WeekGrid(Texts texts) {
        this.texts = Objects.requireNonNull(texts, "texts");
        getStyleClass().add(STYLE_CLASS);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new WeekGridSkin(this);
    }

    /** The words of the grid. */
    public Texts getTexts() {
        return texts;
    }

    /** The slots shown, ordered by day, then time. Bind its content to the model's slots. */
    public ObservableList<SlotView> getSlots() {
        return slots;
    }

    /** The Monday of the week shown. */
    public ObjectProperty<LocalDate> weekStartProperty() {
        return weekStart;
    }

    /** Today, whose column is marked. */
    public ObjectProperty<LocalDate> todayProperty() {
        return today;
    }

    /**
     * Whether a touch may book or cancel now. When false (the board is offline) free, released and
     * own slots are disabled: still readable, but out of reach until the connection returns.
     */
    public BooleanProperty bookingOpenProperty() {
        return bookingOpen;
    }

    public boolean isBookingOpen() {
        return bookingOpen.get();
    }

    /** Called with the slot a tenant touched. */
    public ObjectProperty<Consumer<SlotView>> onSlotSelectedProperty() {
        return onSlotSelected;
    }

    /** Sets what a touch on a slot does. */
    public void setOnSlotSelected(Consumer<SlotView> handler) {
        onSlotSelected.set(Objects.requireNonNull(handler, "handler"));
    }

    /** The smallest width and height of a slot, in pixels; CSS {@code -touch-min}. */
    public StyleableDoubleProperty touchMinProperty() {
        return touchMin;
    }

    /** The smallest side of a slot, in pixels. */
    public double getTouchMin() {
        return touchMin.get();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return StyleableProperties.ALL;
    }

    /** The CSS properties of the grid, for tools that list them. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return StyleableProperties.ALL;
    }

    private static final class StyleableProperties {
        static final CssMetaData<WeekGrid, Number> TOUCH_MIN =
                new CssMetaData<>("-touch-min", SizeConverter.getInstance(), DEFAULT_TOUCH_MIN) {
                    @Override
                    public boolean isSettable(WeekGrid grid) {
                        return !grid.touchMin.isBound();
                    }

                    @Override
                    public StyleableProperty<Number> getStyleableProperty(WeekGrid grid) {
                        return grid.touchMin;
                    }
                };

        static final List<CssMetaData<? extends Styleable, ?>> ALL;

        static {
            List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
            all.add(TOUCH_MIN);
            ALL = Collections.unmodifiableList(all);
        }
    }
}
