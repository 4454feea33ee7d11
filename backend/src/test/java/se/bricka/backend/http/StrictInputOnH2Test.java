package se.bricka.backend.http;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StrictInputOnH2Test extends StrictInputContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
