package se.bricka.hw.door;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import se.bricka.hw.time.Scheduler;

/** A lock with no hardware, for the demo and tests: the same timing, and a record of what it did. */
public final class SimulatedDoorLock extends TimedDoorLock {

    private final List<Boolean> drives = new CopyOnWriteArrayList<>();

    public SimulatedDoorLock(String id, Duration releaseTime, Scheduler scheduler) {
        super(id, releaseTime, scheduler);
    }

    @Override
    protected void drive(boolean unlocked) {
        drives.add(unlocked);
    }

    /** Every change of the output, in order: {@code true} for released. */
    public List<Boolean> drives() {
        return List.copyOf(drives);
    }
}
