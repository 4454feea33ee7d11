package se.bricka.backend.caretaker;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class CaretakerOnH2Test extends CaretakerContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
