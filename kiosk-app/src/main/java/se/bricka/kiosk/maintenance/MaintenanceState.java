package se.bricka.kiosk.maintenance;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the maintenance layer shows, read-only for the view; {@link MaintenanceModel} changes it on the FX thread. */
public final class MaintenanceState {

    final ObjectProperty<MaintenanceScreen> screen = new SimpleObjectProperty<>(MaintenanceScreen.HIDDEN);
    final IntegerProperty digits = new SimpleIntegerProperty();
    final StringProperty messageKey = new SimpleStringProperty();
    final LongProperty messageNumber = new SimpleLongProperty();
    final BooleanProperty locked = new SimpleBooleanProperty();
    final LongProperty lockSecondsLeft = new SimpleLongProperty();
    final BooleanProperty checking = new SimpleBooleanProperty();
    final StringProperty caretaker = new SimpleStringProperty();
    final IntegerProperty caretakersWithPin = new SimpleIntegerProperty();
    final StringProperty tagHolder = new SimpleStringProperty();
    final BooleanProperty verified = new SimpleBooleanProperty();

    /** The screen shown. */
    public ReadOnlyObjectProperty<MaintenanceScreen> screenProperty() {
        return screen;
    }

    public MaintenanceScreen getScreen() {
        return screen.get();
    }

    /** How many digits are typed: the pad shows that many dots, never the digits. */
    public ReadOnlyIntegerProperty digitsProperty() {
        return digits;
    }

    /** The text key of the sentence under the pad, or {@code null}. */
    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey;
    }

    public String getMessageKey() {
        return messageKey.get();
    }

    /** The number the sentence names (tries left), if it names one. */
    public ReadOnlyLongProperty messageNumberProperty() {
        return messageNumber;
    }

    /** Whether the pad is locked after too many wrong PINs. */
    public ReadOnlyBooleanProperty lockedProperty() {
        return locked;
    }

    public boolean isLocked() {
        return locked.get();
    }

    /** Seconds until the pad opens again; 0 when not locked. */
    public ReadOnlyLongProperty lockSecondsLeftProperty() {
        return lockSecondsLeft;
    }

    public long getLockSecondsLeft() {
        return lockSecondsLeft.get();
    }

    /** Whether a PIN is being checked. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** The name of the caretaker in the tools, or {@code null}. */
    public ReadOnlyStringProperty caretakerProperty() {
        return caretaker;
    }

    public String getCaretaker() {
        return caretaker.get();
    }

    /** The name of the caretaker whose staff tag opened the pad, or {@code null} until a staff tag is tapped. */
    public ReadOnlyStringProperty tagHolderProperty() {
        return tagHolder;
    }

    /**
     * Whether the backend itself verified the caretaker in the tools (staff tag + PIN): only then does
     * the board offer staff actions such as closing a room. Offline, the local tools still open.
     */
    public ReadOnlyBooleanProperty verifiedProperty() {
        return verified;
    }

    public boolean isVerified() {
        return verified.get();
    }

    /** How many caretakers' PINs this board holds, as of the latest fetch. */
    public ReadOnlyIntegerProperty caretakersWithPinProperty() {
        return caretakersWithPin;
    }
}
