package se.bricka.backend.estate;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class EstateImportOnH2Test extends EstateImportContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
