package se.bricka.backend.persistence;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class AuditTrailAppendOnlyOnPostgresTest extends AuditTrailAppendOnlyContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
