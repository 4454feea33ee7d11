package se.bricka.backend.closure;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class ClosureStaffPagesOnPostgresTest extends ClosureStaffPagesContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
