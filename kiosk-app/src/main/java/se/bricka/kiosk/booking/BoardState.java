package se.bricka.kiosk.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import se.bricka.core.wire.ApartmentBooking;
import se.bricka.core.wire.Household;
import se.bricka.core.wire.QuotaView;
import se.bricka.core.wire.ResourceSummary;
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
    final ReadOnlyListWrapper<ResourceSummary> resources =
            new ReadOnlyListWrapper<>(this, "resources", FXCollections.observableArrayList());
    final ReadOnlyObjectWrapper<ResourceSummary> resource = new ReadOnlyObjectWrapper<>(this, "resource");
    final ReadOnlyObjectWrapper<QuotaView> quota = new ReadOnlyObjectWrapper<>(this, "quota");
    final ReadOnlyObjectWrapper<ApartmentBooking> nextBooking = new ReadOnlyObjectWrapper<>(this, "nextBooking");
    final ReadOnlyObjectWrapper<LocalDateTime> offlineSince = new ReadOnlyObjectWrapper<>(this, "offlineSince");
    final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    final ReadOnlyBooleanWrapper largeText = new ReadOnlyBooleanWrapper(this, "largeText");
    /** The type size a caretaker set for this board: each visit starts with it. */
    private boolean largeTextDefault;

    final ReadOnlyListWrapper<RoomDay> today =
            new ReadOnlyListWrapper<>(this, "today", FXCollections.observableArrayList());
    final ReadOnlyObjectWrapper<BookNow> bookNow = new ReadOnlyObjectWrapper<>(this, "bookNow");
    final ReadOnlyBooleanWrapper choosingLanguage = new ReadOnlyBooleanWrapper(this, "choosingLanguage");

    private final Clock clock;

    BoardState(Clock clock) {
        this.clock = clock;
    }

    // ---- Changes, made by the model on the FX thread -------------------------------------------

    void showWeek(WeekSchedule schedule, Household who, boolean previous, boolean next, BoardMessage news) {
        household.set(who);
        quota.set(schedule.quota());
        weekStart.set(schedule.weekStart());
        slots.setAll(schedule.slots());
        canGoPrevious.set(previous);
        canGoNext.set(next);
        screen.set(Screen.WEEK);
        if (news != null) {
            message.set(news);
        }
        busy.set(false);
        online(true);
    }

    /** Online or not; the first failure notes since when the board is offline. */
    void online(boolean reachable) {
        if (reachable) {
            offlineSince.set(null);
        } else if (offlineSince.get() == null) {
            ZoneId where = zone.get() != null ? zone.get() : clock.getZone();
            offlineSince.set(LocalDateTime.now(clock.withZone(where)));
        }
        online.set(reachable);
    }

    /** The board's own language and type size again, for the next person. */
    void forgetChoices() {
        language.set(null);
        largeText.set(largeTextDefault);
        bookNow.set(null);
    }

    /** A caretaker set the board's default type size; the idle screen takes it at once. */
    void largeTextDefault(boolean large) {
        largeTextDefault = large;
        if (screen.get() == Screen.IDLE) {
            largeText.set(large);
        }
    }

    void showIdle() {
        screen.set(Screen.IDLE);
        loggingOutSoon.set(false);
        forgetChoices();
        household.set(null);
        quota.set(null);
        nextBooking.set(null);
        weekStart.set(null);
        slots.clear();
        pendingConfirmation.set(null);
        message.set(null);
        choosingLanguage.set(false);
        busy.set(false);
    }

    /** The object whose week is shown, or none. */
    void showResource(ResourceSummary shown) {
        resource.set(shown);
        resourceName.set(shown == null ? "" : shown.name());
    }

    void showProblem(boolean toIdle, BoardMessage problem, boolean reachable) {
        if (toIdle) {
            showIdle();
        }
        message.set(problem);
        busy.set(false);
        online(reachable);
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

    /** The bookable objects of this board, shown as tabs when there are several. */
    public ReadOnlyListProperty<ResourceSummary> resourcesProperty() {
        return resources.getReadOnlyProperty();
    }

    /** The object whose week is shown (or would be, after a tap). */
    public ReadOnlyObjectProperty<ResourceSummary> resourceProperty() {
        return resource.getReadOnlyProperty();
    }

    public ResourceSummary getResource() {
        return resource.get();
    }

    /** The household's quota in the shown object's group ("1 of 2 left"), or null. */
    public ReadOnlyObjectProperty<QuotaView> quotaProperty() {
        return quota.getReadOnlyProperty();
    }

    public QuotaView getQuota() {
        return quota.get();
    }

    /** The household's next booking in any object, or null when it has none. */
    public ReadOnlyObjectProperty<ApartmentBooking> nextBookingProperty() {
        return nextBooking.getReadOnlyProperty();
    }

    public ApartmentBooking getNextBooking() {
        return nextBooking.get();
    }

    /** The property's local time the board lost the backend, or null while online. */
    public ReadOnlyObjectProperty<LocalDateTime> offlineSinceProperty() {
        return offlineSince.getReadOnlyProperty();
    }

    public LocalDateTime getOfflineSince() {
        return offlineSince.get();
    }

    /** Seconds until the idle log-out, counted down while {@link #loggingOutSoonProperty()} is true. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public int getSecondsLeft() {
        return secondsLeft.get();
    }

    /** Whether the tenant asked for large text; forgotten when the board is left alone. */
    public ReadOnlyBooleanProperty largeTextProperty() {
        return largeText.getReadOnlyProperty();
    }

    public boolean isLargeText() {
        return largeText.get();
    }

    /** Today's slots of every object, without whose, for the idle screen. */
    public ReadOnlyListProperty<RoomDay> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The running slot a tenant chose to book now, waiting for their tag; or null. */
    public ReadOnlyObjectProperty<BookNow> bookNowProperty() {
        return bookNow.getReadOnlyProperty();
    }

    public BookNow getBookNow() {
        return bookNow.get();
    }

    /** Whether the list of languages is open over the week. */
    public ReadOnlyBooleanProperty choosingLanguageProperty() {
        return choosingLanguage.getReadOnlyProperty();
    }

    public boolean isChoosingLanguage() {
        return choosingLanguage.get();
    }

    void today(List<RoomDay> rooms) {
        today.setAll(rooms);
    }

    /** The clock the board tells time by. */
    public Clock clock() {
        return clock;
    }
}
