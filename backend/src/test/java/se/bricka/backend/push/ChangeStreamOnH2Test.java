package se.bricka.backend.push;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class ChangeStreamOnH2Test extends ChangeStreamContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
