package se.bricka.backend.quotagroup;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class QuotaGroupOnH2Test extends QuotaGroupContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
