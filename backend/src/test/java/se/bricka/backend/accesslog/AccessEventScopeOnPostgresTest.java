package se.bricka.backend.accesslog;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class AccessEventScopeOnPostgresTest extends AccessEventScopeContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
