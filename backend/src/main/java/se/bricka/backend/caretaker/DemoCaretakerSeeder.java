package se.bricka.backend.caretaker;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.demo.DemoCaretakers;

/** Seeds the demo caretakers with their PINs, hashed like any other. */
public final class DemoCaretakerSeeder {

    /**
     * Each demo PIN is hashed once per process: a PIN hash costs 100,000 PBKDF2 rounds, and every
     * backend a test starts seeds the same demo PINs. Each hash still has its own salt and verifies as
     * any other.
     */
    private static final Map<String, PinHasher.PinHash> PIN_HASHES = new ConcurrentHashMap<>();

    private final CaretakerRepository repository = new CaretakerRepository();

    /** Inside the demo seeding transaction. */
    public void seed(Connection connection, long propertyId, Instant at) throws SQLException {
        for (DemoCaretakers.DemoCaretaker caretaker : DemoCaretakers.ALL) {
            long id = repository.insert(connection, propertyId, caretaker.name());
            repository.setPin(
                    connection, propertyId, id, PIN_HASHES.computeIfAbsent(caretaker.pin(), PinHasher::hash), at);
            if (caretaker.staffRef() != null) {
                repository.setStaffRef(connection, id, caretaker.staffRef());
            }
        }
    }
}
