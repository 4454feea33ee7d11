package se.bricka.backend.staff.oidc;

import se.bricka.backend.testing.PostgresTestDatabase;
import se.bricka.backend.testing.TestDatabase;

class OidcSignInOnPostgresTest extends OidcSignInContract {

    @Override
    protected TestDatabase newDatabase() {
        return new PostgresTestDatabase();
    }
}
