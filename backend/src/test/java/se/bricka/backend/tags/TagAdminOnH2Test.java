package se.bricka.backend.tags;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class TagAdminOnH2Test extends TagAdminContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
