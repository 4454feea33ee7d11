package se.bricka.backend.staff;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class SignInThrottleOnH2Test extends SignInThrottleContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
