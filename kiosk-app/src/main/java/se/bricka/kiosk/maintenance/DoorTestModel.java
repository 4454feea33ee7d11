package se.bricka.kiosk.maintenance;

import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.bricka.hw.door.DoorContact;
import se.bricka.hw.door.DoorEvent;
import se.bricka.hw.door.DoorLock;

/**
 * The "Door test" tool: pulse the lock's relay, watch the door contact live, and see the latest forced
 * and held-open alarms of the door.
 */
public final class DoorTestModel {

    /** How many forced/held-open events the tool keeps. */
    public static final int RECENT_ALARMS = 5;

    private final MaintenanceModel maintenance;
    private final Executor ui;
    private final BooleanProperty hasDoor = new SimpleBooleanProperty();
    private final BooleanProperty doorOpen = new SimpleBooleanProperty();
    private final BooleanProperty unlocked = new SimpleBooleanProperty();
    private final ObservableList<DoorEvent> alarms = FXCollections.observableArrayList();
    private final ObservableList<DoorEvent> alarmsView = FXCollections.unmodifiableObservableList(alarms);
    private volatile DoorLock lock;

    DoorTestModel(MaintenanceModel maintenance, Executor ui) {
        this.maintenance = maintenance;
        this.ui = ui;
    }

    // ---- Properties

    /** Whether this board drives a door at all. */
    public ReadOnlyBooleanProperty hasDoorProperty() {
        return hasDoor;
    }

    /** Whether the door contact says open, live. */
    public ReadOnlyBooleanProperty doorOpenProperty() {
        return doorOpen;
    }

    /** Whether the lock was released by the latest pulse and has not locked again yet (as of the last look). */
    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked;
    }

    /** The latest forced and held-open events, newest first. */
    public ObservableList<DoorEvent> alarms() {
        return alarmsView;
    }

    // ---- Commands

    /** The door this board drives; its contact is followed from now on. */
    public void useDoor(DoorLock doorLock, DoorContact contact) {
        this.lock = doorLock;
        boolean open = contact.isOpen();
        ui.execute(() -> {
            hasDoor.set(true);
            doorOpen.set(open);
        });
        contact.onChange(isOpen -> ui.execute(() -> doorOpen.set(isOpen)));
    }

    /** Releases the lock for its release time, as a granted tag would, and records who did it. */
    public void pulse() {
        maintenance.touched();
        DoorLock doorLock = lock;
        if (doorLock == null) {
            return;
        }
        doorLock.unlock();
        unlocked.set(doorLock.state() == DoorLock.State.UNLOCKED);
        maintenance.recordAction("door test pulse");
    }

    /** Reads the lock's state again. */
    public void refresh() {
        DoorLock doorLock = lock;
        unlocked.set(doorLock != null && doorLock.state() == DoorLock.State.UNLOCKED);
    }

    /** An event of the door's monitor, on its thread; forced and held-open ones are kept. */
    public void doorEvent(DoorEvent event) {
        if (event.kind() != DoorEvent.Kind.FORCED && event.kind() != DoorEvent.Kind.HELD_OPEN) {
            return;
        }
        ui.execute(() -> {
            alarms.addFirst(event);
            if (alarms.size() > RECENT_ALARMS) {
                alarms.removeLast();
            }
        });
    }
}
