package se.bricka.backend.booking;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class CancelNoticeOnH2Test extends CancelNoticeContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
