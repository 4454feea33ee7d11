package se.bricka.backend.device;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class EnrollmentOnH2Test extends EnrollmentContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
