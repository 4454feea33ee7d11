package se.bricka.backend.staff;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class SignInThrottleOnPostgresTest extends SignInThrottleContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
