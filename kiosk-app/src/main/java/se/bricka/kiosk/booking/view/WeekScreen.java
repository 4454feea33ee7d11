package se.bricka.kiosk.booking.view;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import se.bricka.kiosk.booking.BoardModel;
import se.bricka.kiosk.booking.BoardState;
import se.bricka.kiosk.i18n.Texts;

/** A household's week: who is logged in, which week, the grid, and the way out. */
final class WeekScreen extends BorderPane {

    private static final PseudoClass OFFLINE = PseudoClass.getPseudoClass("offline");

    private final BoardModel model;
    private final BoardState state;
    private final Texts texts;
    private final WeekGrid grid;

    WeekScreen(BoardModel model, Texts texts) {
        this.model = model;
        this.state = model.state();
        this.texts = texts;
        this.grid = new WeekGrid(texts);
        getStyleClass().add("week-screen");
        setTop(header());
        setCenter(body());
    }

    private HBox header() {
        Label household = new Label();
        household.setId("household");
        household.getStyleClass().add("household");
        household
                .textProperty()
                .bind(state.householdProperty()
                        .map(who -> texts.format("week.household", who.apartmentLabel()))
                        .orElse(""));
        Label quota = new Label();
        quota.setId("quota");
        quota.getStyleClass().add("quota");
        quota.textProperty()
                .bind(state.quotaProperty()
                        .map(q -> texts.format("week.quota", texts.number(q.remaining()), texts.number(q.max())))
                        .orElse(""));
        quota.visibleProperty().bind(state.quotaProperty().isNotNull());
        quota.managedProperty().bind(quota.visibleProperty());
        VBox who = new VBox(household, quota);
        who.setMinWidth(USE_PREF_SIZE);
        who.getStyleClass().add("who");

        HBox header = new HBox(who, IdleScreen.spacer(), weekSwitcher(), IdleScreen.spacer(), logOutButton());
        header.setAlignment(Pos.CENTER);
        header.getStyleClass().add("top-bar");
        return header;
    }

    private HBox weekSwitcher() {
        Button previous = navButton("week.previous", "icon-arrow-left", "previous-week", ContentDisplay.LEFT);
        previous.disableProperty().bind(state.canGoPreviousProperty().not().or(state.busyProperty()));
        previous.setOnAction(event -> model.previousWeek());
        Button next = navButton("week.next", "icon-arrow-right", "next-week", ContentDisplay.RIGHT);
        next.disableProperty().bind(state.canGoNextProperty().not().or(state.busyProperty()));
        next.setOnAction(event -> model.nextWeek());

        Label number = new Label();
        number.setId("week-number");
        number.getStyleClass().add("week-number");
        number.textProperty()
                .bind(state.weekStartProperty().map(this::weekNumber).orElse(""));
        Label range = new Label();
        range.getStyleClass().add("week-range");
        range.textProperty().bind(state.weekStartProperty().map(this::weekRange).orElse(""));
        VBox label = new VBox(number, range);
        label.setAlignment(Pos.CENTER);
        label.getStyleClass().add("week-label");

        HBox switcher = new HBox(previous, label, next);
        switcher.setAlignment(Pos.CENTER);
        switcher.getStyleClass().add("week-switcher");
        return switcher;
    }

    /** "Vecka 48": the ISO week number, as Swedish calendars count. */
    private String weekNumber(LocalDate monday) {
        return texts.format("week.number", texts.number(monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    /** "23 nov. – 29 nov.". */
    private String weekRange(LocalDate monday) {
        return texts.format(
                "week.range",
                texts.date("week.range.pattern", monday),
                texts.date("week.range.pattern", monday.plusDays(6)));
    }

    private Button navButton(String key, String icon, String id, ContentDisplay side) {
        Button button = new Button(texts.get(key), Icons.icon(icon));
        button.setContentDisplay(side);
        button.setId(id);
        button.setMinWidth(USE_PREF_SIZE);
        button.getStyleClass().addAll("touch-button", "nav-button");
        return button;
    }

    private Button logOutButton() {
        Button logOut = new Button(texts.get("week.logout"), Icons.icon("icon-logout"));
        logOut.setId("log-out");
        logOut.setMinWidth(USE_PREF_SIZE);
        logOut.getStyleClass().addAll("touch-button", "log-out-button");
        logOut.setOnAction(event -> model.logOut());
        return logOut;
    }

    private VBox body() {
        Label hint = new Label();
        hint.setId("week-hint");
        hint.getStyleClass().add("week-hint");
        // Offline, the line that says how to book says instead why booking is not possible.
        hint.textProperty()
                .bind(state.onlineProperty().map(online -> texts.get(online ? "week.hint" : "week.offline")));
        state.onlineProperty().subscribe(online -> {
            hint.pseudoClassStateChanged(OFFLINE, !online);
            // Offline the free times stay readable but look out of reach: booking waits for the connection.
            grid.pseudoClassStateChanged(OFFLINE, !online);
        });
        Wrapping.wrap(hint, texts);
        hint.setMinHeight(USE_PREF_SIZE);
        grid.setId("week-grid");
        Bindings.bindContent(grid.getSlots(), state.slotsProperty());
        grid.weekStartProperty().bind(state.weekStartProperty());
        grid.bookingOpenProperty().bind(state.onlineProperty());
        grid.setOnSlotSelected(model::selectSlot);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, javafx.scene.layout.Priority.ALWAYS);
        Label nextBooking = nextBooking();
        HBox choices = new HBox(new RoomTabs(model, texts), nextBooking);
        choices.setAlignment(Pos.CENTER_LEFT);
        choices.getStyleClass().add("choice-row");
        HBox hintRow =
                new HBox(hint, new LargeTextButton(model, texts, "large-text"), new LanguageButton(model, texts));
        hintRow.setAlignment(Pos.CENTER_LEFT);
        hintRow.getStyleClass().add("hint-row");
        VBox body = new VBox(choices, hintRow, grid);
        body.getStyleClass().add("week-body");
        VBox.setVgrow(grid, javafx.scene.layout.Priority.ALWAYS);
        return body;
    }

    /** "Next time: Thursday 26 November 16:00–19:00, Tvättstuga A", or that none is booked. */
    private Label nextBooking() {
        Label next = new Label();
        next.setId("next-booking");
        next.getStyleClass().add("next-booking");
        next.textProperty()
                .bind(state.nextBookingProperty()
                        .map(b -> texts.aboutSlot("week.next-booking", NextBookings.asSlot(b), b.resourceName()))
                        .orElse(texts.get("week.next-booking.none")));
        next.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(next, javafx.scene.layout.Priority.ALWAYS);
        return next;
    }

    /** Marks today's column; the view tells the grid the date, the grid only draws it. */
    void today(LocalDate today) {
        grid.todayProperty().set(today);
    }
}
