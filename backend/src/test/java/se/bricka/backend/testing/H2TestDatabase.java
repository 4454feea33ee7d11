package se.bricka.backend.testing;

import java.util.UUID;
import se.bricka.backend.BackendConfig;

/** A fresh in-memory H2 database; the backend shuts it down when it closes. */
public final class H2TestDatabase implements TestDatabase {

    private final String url = "jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    public BackendConfig configure(BackendConfig config) {
        return config.withDatabase(url, "", "");
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String user() {
        return "";
    }

    @Override
    public void close() {
        // Backend.close() shuts the in-memory database down.
    }
}
