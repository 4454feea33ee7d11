package se.bricka.backend.access;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class DoorAccessAdminOnH2Test extends DoorAccessAdminContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
