package se.bricka.backend.devicehealth;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class DeviceStatusOnH2Test extends DeviceStatusContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
