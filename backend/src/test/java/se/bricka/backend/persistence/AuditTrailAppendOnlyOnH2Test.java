package se.bricka.backend.persistence;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class AuditTrailAppendOnlyOnH2Test extends AuditTrailAppendOnlyContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
