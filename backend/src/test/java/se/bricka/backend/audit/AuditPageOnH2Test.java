package se.bricka.backend.audit;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class AuditPageOnH2Test extends AuditPageContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
