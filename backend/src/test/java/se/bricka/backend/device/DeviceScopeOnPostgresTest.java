package se.bricka.backend.device;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class DeviceScopeOnPostgresTest extends DeviceScopeContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
