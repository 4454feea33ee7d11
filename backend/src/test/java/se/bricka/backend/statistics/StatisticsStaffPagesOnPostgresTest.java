package se.bricka.backend.statistics;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class StatisticsStaffPagesOnPostgresTest extends StatisticsStaffPagesContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
