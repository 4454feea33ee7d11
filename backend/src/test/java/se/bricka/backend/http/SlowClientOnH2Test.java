package se.bricka.backend.http;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class SlowClientOnH2Test extends SlowClientContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
