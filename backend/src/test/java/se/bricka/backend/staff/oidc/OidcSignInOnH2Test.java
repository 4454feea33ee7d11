package se.bricka.backend.staff.oidc;

import se.bricka.backend.testing.H2TestDatabase;
import se.bricka.backend.testing.TestDatabase;

class OidcSignInOnH2Test extends OidcSignInContract {

    @Override
    protected TestDatabase newDatabase() {
        return new H2TestDatabase();
    }
}
