package se.bricka.backend.caretaker;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import se.bricka.core.caretaker.PinHasher;
import se.bricka.core.demo.DemoCaretakers;

/** Seeds the demo caretakers with their PINs, hashed like any other. */
public final class DemoCaretakerSeeder {

    private final CaretakerRepository repository = new CaretakerRepository();

    /** Inside the demo seeding transaction. */
    public void seed(Connection connection, long propertyId, Instant at) throws SQLException {
        for (DemoCaretakers.DemoCaretaker caretaker : DemoCaretakers.ALL) {
            long id = repository.insert(connection, propertyId, caretaker.name());
            repository.setPin(connection, propertyId, id, PinHasher.hash(caretaker.pin()), at);
            if (caretaker.staffRef() != null) {
                repository.setStaffRef(connection, id, caretaker.staffRef());
            }
        }
    }
}
