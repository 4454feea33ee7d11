package se.bricka.backend.booking;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class ClosureIdempotencyOnPostgresTest extends ClosureIdempotencyContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
