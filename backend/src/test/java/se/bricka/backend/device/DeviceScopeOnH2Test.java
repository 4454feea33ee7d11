package se.bricka.backend.device;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class DeviceScopeOnH2Test extends DeviceScopeContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
