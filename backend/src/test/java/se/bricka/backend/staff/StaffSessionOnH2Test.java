package se.bricka.backend.staff;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StaffSessionOnH2Test extends StaffSessionContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
