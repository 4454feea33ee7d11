package se.bricka.backend.staff;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StaffAccountPagesOnH2Test extends StaffAccountPagesContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
