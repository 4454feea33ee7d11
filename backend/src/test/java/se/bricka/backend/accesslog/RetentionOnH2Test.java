package se.bricka.backend.accesslog;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class RetentionOnH2Test extends RetentionContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
