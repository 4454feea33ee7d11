package se.bricka.backend.health;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class HealthOnH2Test extends HealthContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
