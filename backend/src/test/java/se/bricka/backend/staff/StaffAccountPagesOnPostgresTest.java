package se.bricka.backend.staff;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StaffAccountPagesOnPostgresTest extends StaffAccountPagesContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
