package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.SlotView;
import se.bricka.core.wire.WeekSchedule;

/**
 * What the board shows, as read-only properties: the "Properties" half of {@link BoardModel}. Only
 * the model writes them, on the FX thread (or the test thread).
 */
public final class BoardState {

    final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.IDLE);
    final ReadOnlyStringWrapper propertyName = new ReadOnlyStringWrapper(this, "propertyName", "");
    final ReadOnlyStringWrapper resourceName = new ReadOnlyStringWrapper(this, "resourceName", "");
    final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(this, "zone");
    final ReadOnlyStringWrapper language = new ReadOnlyStringWrapper(this, "language");
    final ReadOnlyObjectWrapper<Household> household = new ReadOnlyObjectWrapper<>(this, "household");
    final ReadOnlyObjectWrapper<LocalDate> weekStart = new ReadOnlyObjectWrapper<>(this, "weekStart");
    final ReadOnlyListWrapper<SlotView> slots =
            new ReadOnlyListWrapper<>(this, "slots", FXCollections.observableArrayList());
    final ReadOnlyObjectWrapper<Confirmation> pendingConfirmation =
            new ReadOnlyObjectWrapper<>(this, "pendingConfirmation");
    final ReadOnlyObjectWrapper<BoardMessage> message = new ReadOnlyObjectWrapper<>(this, "message");
    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(this, "online");
    final ReadOnlyBooleanWrapper loggingOutSoon = new ReadOnlyBooleanWrapper(this, "loggingOutSoon");
    final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper(this, "enrolled", true);
    final ReadOnlyBooleanWrapper canGoPrevious = new ReadOnlyBooleanWrapper(this, "canGoPrevious");
    final ReadOnlyBooleanWrapper canGoNext = new ReadOnlyBooleanWrapper(this, "canGoNext");

    private final Clock clock;

    BoardState(Clock clock) {
        this.clock = clock;
    }

    // ---- Changes, made by the model on the FX thread -------------------------------------------

    void showWeek(WeekSchedule schedule, Household who, boolean previous, boolean next, BoardMessage news) {
        household.set(who);
        weekStart.set(schedule.weekStart());
        slots.setAll(schedule.slots());
        canGoPrevious.set(previous);
        canGoNext.set(next);
        screen.set(Screen.WEEK);
        if (news != null) {
            message.set(news);
        }
        busy.set(false);
        online.set(true);
    }

    void showIdle() {
        screen.set(Screen.IDLE);
        loggingOutSoon.set(false);
        language.set(null);
        household.set(null);
        weekStart.set(null);
        slots.clear();
        pendingConfirmation.set(null);
        message.set(null);
        busy.set(false);
    }

    void showProblem(boolean toIdle, BoardMessage problem, boolean reachable) {
        if (toIdle) {
            showIdle();
        }
        message.set(problem);
        busy.set(false);
        online.set(reachable);
    }

    /** What the board shows. */
    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public Screen getScreen() {
        return screen.get();
    }

    /** The property's name, such as Kvarteret Lärkan. */
    public ReadOnlyStringProperty propertyNameProperty() {
        return propertyName.getReadOnlyProperty();
    }

    public String getPropertyName() {
        return propertyName.get();
    }

    /** The name of the object booked here, such as Tvättstuga A. */
    public ReadOnlyStringProperty resourceNameProperty() {
        return resourceName.getReadOnlyProperty();
    }

    public String getResourceName() {
        return resourceName.get();
    }

    /** The language a tenant chose for this visit ({@code sv}, {@code en}), or null for the board's own. */
    public ReadOnlyStringProperty languageProperty() {
        return language.getReadOnlyProperty();
    }

    public String getLanguage() {
        return language.get();
    }

    /** The property's time zone, once the backend has answered. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    public ZoneId getZone() {
        return zone.get();
    }

    /** The household shown, or null on the idle screen. */
    public ReadOnlyObjectProperty<Household> householdProperty() {
        return household.getReadOnlyProperty();
    }

    public Household getHousehold() {
        return household.get();
    }

    /** The Monday of the week shown, or null. */
    public ReadOnlyObjectProperty<LocalDate> weekStartProperty() {
        return weekStart.getReadOnlyProperty();
    }

    public LocalDate getWeekStart() {
        return weekStart.get();
    }

    /** The question awaiting yes or no, or null. */
    public ReadOnlyObjectProperty<Confirmation> pendingConfirmationProperty() {
        return pendingConfirmation.getReadOnlyProperty();
    }

    public Confirmation getPendingConfirmation() {
        return pendingConfirmation.get();
    }

    /** The sentence shown to the tenant, or null. */
    public ReadOnlyObjectProperty<BoardMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BoardMessage getMessage() {
        return message.get();
    }

    /** Whether the board is waiting for the backend. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    /** Whether the backend was reachable at the last attempt. */
    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public boolean isOnline() {
        return online.get();
    }

    /** True in the last seconds before the idle log-out, until someone touches the board. */
    public ReadOnlyBooleanProperty loggingOutSoonProperty() {
        return loggingOutSoon.getReadOnlyProperty();
    }

    public boolean isLoggingOutSoon() {
        return loggingOutSoon.get();
    }

    /** False when the backend refused this board's device token: a caretaker must set it up. */
    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled.getReadOnlyProperty();
    }

    public boolean isEnrolled() {
        return enrolled.get();
    }

    /** Whether an earlier week may be shown. */
    public ReadOnlyBooleanProperty canGoPreviousProperty() {
        return canGoPrevious.getReadOnlyProperty();
    }

    public boolean isCanGoPrevious() {
        return canGoPrevious.get();
    }

    /** Whether a later week may be shown (up to the horizon). */
    public ReadOnlyBooleanProperty canGoNextProperty() {
        return canGoNext.getReadOnlyProperty();
    }

    public boolean isCanGoNext() {
        return canGoNext.get();
    }

    /** The slots of the week shown, ordered by day, then time. */
    public ReadOnlyListProperty<SlotView> slotsProperty() {
        return slots.getReadOnlyProperty();
    }

    /** The clock the board tells time by. */
    public Clock clock() {
        return clock;
    }
}
