package se.bricka.backend.access;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StaffTagBlockOnH2Test extends StaffTagBlockContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
