package se.bricka.backend.closure;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class ClosureStaffPagesOnH2Test extends ClosureStaffPagesContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
