package se.bricka.backend.accesslog;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class AccessEventScopeOnH2Test extends AccessEventScopeContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
