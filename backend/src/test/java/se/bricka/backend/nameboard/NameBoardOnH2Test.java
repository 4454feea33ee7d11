package se.bricka.backend.nameboard;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class NameBoardOnH2Test extends NameBoardContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
