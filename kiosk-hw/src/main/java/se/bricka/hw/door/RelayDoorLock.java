package se.bricka.hw.door;

import java.time.Duration;
import java.util.Objects;
import se.bricka.hw.time.Scheduler;

/** A lock behind a relay on a GPIO pin: the relay is on while the lock is released. */
public final class RelayDoorLock extends TimedDoorLock {

    private final GpioSwitch relay;

    public RelayDoorLock(String id, GpioSwitch relay, Duration releaseTime, Scheduler scheduler) {
        super(id, releaseTime, scheduler);
        this.relay = Objects.requireNonNull(relay, "relay");
        relay.set(false);
    }

    @Override
    protected void drive(boolean unlocked) {
        relay.set(unlocked);
    }
}
