package se.bricka.backend.calendar;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class CalendarOnH2Test extends CalendarContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
