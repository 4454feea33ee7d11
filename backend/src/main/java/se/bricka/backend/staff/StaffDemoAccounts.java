package se.bricka.backend.staff;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.bricka.core.privacy.StaffRole;

/** One demo staff account per role, seeded with the demo data. The passwords are public: demo only. */
public final class StaffDemoAccounts {

    /** A demo account. */
    public record DemoAccount(String username, String displayName, StaffRole role, String password) {}

    /** The demo accounts, also listed in the backend README. */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("kundtjanst", "Kim Kundtjänst", StaffRole.CUSTOMER_SERVICE, "demo-kundtjanst"),
            new DemoAccount("bosocial", "Sam Bosocial", StaffRole.SOCIAL_HOUSING_UNIT, "demo-bosocial"),
            new DemoAccount("it-admin", "Alex IT", StaffRole.IT_ADMINISTRATION, "demo-it-admin"),
            new DemoAccount("vicevard", "Robin Vicevärd", StaffRole.CARETAKER, "demo-vicevard"));

    private static final Logger LOG = LoggerFactory.getLogger(StaffDemoAccounts.class);

    private StaffDemoAccounts() {}

    /** Creates the demo accounts that do not exist yet. */
    public static void seed(SignInService signIn) {
        for (DemoAccount account : ACCOUNTS) {
            if (signIn.createAccount(account.username(), account.displayName(), account.role(), account.password())) {
                LOG.info("seeded demo staff account '{}' ({})", account.username(), account.role());
            }
        }
    }
}
