package se.bricka.backend.extract;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class RegisterExtractOnH2Test extends RegisterExtractContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
