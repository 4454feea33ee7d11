package se.bricka.kiosk.maintenance;

import java.time.Clock;
import se.bricka.hw.door.DoorLock;
import se.bricka.hw.door.DoorMonitor;
import se.bricka.hw.door.DoorMonitorSettings;
import se.bricka.hw.door.SimulatedDoorContact;
import se.bricka.hw.door.SimulatedDoorLock;
import se.bricka.hw.door.SimulatedExitButton;
import se.bricka.hw.time.ExecutorScheduler;

/**
 * The laundry door of the demo, made of kiosk-hw's simulated twins (lock, contact, exit button, monitor),
 * so that the caretaker's door test has a door to pulse and watch. A real installation passes its own.
 */
public final class DemoDoor implements AutoCloseable {

    private static final String DOOR_ID = "laundry-door";

    private final ExecutorScheduler scheduler = new ExecutorScheduler("demo-door", Clock.systemUTC());
    private final SimulatedDoorLock lock = new SimulatedDoorLock(DOOR_ID, DoorLock.DEFAULT_RELEASE, scheduler);
    private final SimulatedDoorContact contact = new SimulatedDoorContact();
    private final SimulatedExitButton exit = new SimulatedExitButton();
    private final DoorMonitor monitor =
            new DoorMonitor(DOOR_ID, contact, exit, lock, DoorMonitorSettings.DEFAULT, scheduler);

    /** Builds the twins and hands them to {@code doorTest}. */
    public DemoDoor(DoorTestModel doorTest) {
        doorTest.useDoor(lock, contact);
        monitor.start(doorTest::doorEvent);
    }

    /** The simulated contact, for the demo and tests to open and shut. */
    public SimulatedDoorContact contact() {
        return contact;
    }

    /** The simulated lock's state. */
    public DoorLock.State lockState() {
        return lock.state();
    }

    @Override
    public void close() {
        monitor.close();
        lock.close();
        contact.close();
        exit.close();
        scheduler.close();
    }
}
