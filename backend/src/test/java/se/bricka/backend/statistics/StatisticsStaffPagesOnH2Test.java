package se.bricka.backend.statistics;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StatisticsStaffPagesOnH2Test extends StatisticsStaffPagesContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
